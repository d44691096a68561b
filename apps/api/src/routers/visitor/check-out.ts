import { VisitRefInputSchema } from '@growops/domain'
import { checkOutVisit } from '../../services/visitors/reception.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/** Any member checks a visitor out, by visit or badge code; idempotent (VIS4). */
export const checkOut = memberProcedure
  .input(VisitRefInputSchema)
  .mutation(({ ctx, input }) => checkOutVisit(ctx.prisma, ctx.live, ctx.member, input))
