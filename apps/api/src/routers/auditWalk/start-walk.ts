import { AuditWalkStartInputSchema } from '@growops/domain'
import { startWalk } from '../../services/audit-walks/start-walk.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Starts an audit walk of a room. */
export const start = areaProcedure('CULTIVATION_OPS', 'write')
  .input(AuditWalkStartInputSchema)
  .mutation(({ ctx, input }) => startWalk(ctx.prisma, ctx.actor, input))
