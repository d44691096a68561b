import { DocumentVersionIdInputSchema } from '@growops/domain'
import { approveVersion } from '../../services/compliance/review-documents.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/**
 * IN_REVIEW → APPROVED, superseding the version approved before (CDOC3); never by its author or
 * submitter (CDOC5). Members of the required roles are notified to acknowledge it.
 */
export const approve = areaProcedure('COMPLIANCE', 'write')
  .input(DocumentVersionIdInputSchema)
  .mutation(({ ctx, input }) => approveVersion(ctx.prisma, ctx.live, ctx.actor, input.versionId))
