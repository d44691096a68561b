import { verifyAuditChain } from '../../services/audit/verify-audit-chain.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/**
 * `audit.verify` (input: just `organizationId`): recomputes the organization's hash chain
 * and reports the first broken link.
 */
export const verify = areaProcedure('COMPLIANCE', 'read').query(({ ctx }) =>
  verifyAuditChain(ctx.prisma, ctx.actor.organizationId),
)
