import { VisitRefInputSchema } from '@growops/domain'
import { getVisit } from '../../services/visitors/visits.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/** One visit by id or badge code (COMPLIANCE read, its host, or anyone while it is on site). */
export const get = memberProcedure
  .input(VisitRefInputSchema)
  .query(({ ctx, input }) => getVisit(ctx.prisma, ctx.member, input))
