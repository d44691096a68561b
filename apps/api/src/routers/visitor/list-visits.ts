import { VisitListInputSchema } from '@growops/domain'
import { listVisits } from '../../services/visitors/visits.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/** Expected today, on site or history; members without COMPLIANCE read see visits they host. */
export const list = memberProcedure
  .input(VisitListInputSchema)
  .query(({ ctx, input }) => listVisits(ctx.prisma, ctx.member, input))
