import { AuditWalkListInputSchema } from '@growops/domain'
import { listWalks } from '../../services/audit-walks/list-walks.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A room's audit walks, newest first. */
export const list = areaProcedure('CULTIVATION_OPS', 'read')
  .input(AuditWalkListInputSchema)
  .query(({ ctx, input }) => listWalks(ctx.prisma, ctx.actor, input))
