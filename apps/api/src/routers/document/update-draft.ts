import { DocumentUpdateDraftInputSchema } from '@growops/domain'
import { updateDraft as updateDraftService } from '../../services/compliance/write-drafts.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Changes a draft's content and the document's title, issuer and roles (CDOC2). */
export const updateDraft = areaProcedure('COMPLIANCE', 'write')
  .input(DocumentUpdateDraftInputSchema)
  .mutation(({ ctx, input }) => updateDraftService(ctx.prisma, ctx.actor, input))
