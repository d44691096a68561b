import { VisitIdInputSchema } from '@growops/domain'
import { cancelVisit } from '../../services/visitors/reception.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/** Cancels an expected visit (host or manager; VIS3). */
export const cancel = memberProcedure
  .input(VisitIdInputSchema)
  .mutation(({ ctx, input }) => cancelVisit(ctx.prisma, ctx.member, input.visitId))
