import { AuditWalkScanInputSchema } from '@growops/domain'
import { scanWalk } from '../../services/audit-walks/scan-walk.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Records a scanned position, or a plant found at the current position; keyed. */
export const scan = areaProcedure('CULTIVATION_OPS', 'write')
  .input(AuditWalkScanInputSchema)
  .mutation(({ ctx, input }) => scanWalk(ctx.prisma, ctx.actor, input))
