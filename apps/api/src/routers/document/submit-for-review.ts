import { DocumentVersionIdInputSchema } from '@growops/domain'
import { submitForReview as submit } from '../../services/compliance/review-documents.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** DRAFT → IN_REVIEW; reviewers are notified (COMPLIANCE FULL; CDOC2). */
export const submitForReview = areaProcedure('COMPLIANCE', 'write')
  .input(DocumentVersionIdInputSchema)
  .mutation(({ ctx, input }) => submit(ctx.prisma, ctx.live, ctx.actor, input.versionId))
