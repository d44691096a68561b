import { AuditWalkIdInputSchema } from '@growops/domain'
import { completeWalk } from '../../services/audit-walks/complete-walk.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Completes a walk, freezing its discrepancy report. */
export const complete = areaProcedure('CULTIVATION_OPS', 'write')
  .input(AuditWalkIdInputSchema)
  .mutation(({ ctx, input }) => completeWalk(ctx.prisma, ctx.actor, input))
