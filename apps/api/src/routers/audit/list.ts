import { AuditListInputSchema } from '@growops/domain'
import { listAuditEntries } from '../../services/audit/list-audit-entries.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** `audit.list`: the organization's audit trail, newest first, filtered and paged. */
export const list = areaProcedure('COMPLIANCE', 'read')
  .input(AuditListInputSchema)
  .query(({ ctx, input }) => listAuditEntries(ctx.prisma, ctx.actor, input))
