import { CheckInInputSchema } from '@growops/domain'
import { checkInAtReception } from '../../services/visitors/reception.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/** Reception checks an expected visitor in with the ID check and the agreement (host or manager). */
export const checkIn = memberProcedure
  .input(CheckInInputSchema)
  .mutation(({ ctx, input }) => checkInAtReception(ctx.prisma, ctx.live, ctx.member, input))
