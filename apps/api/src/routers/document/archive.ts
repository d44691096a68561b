import { DocumentIdInputSchema } from '@growops/domain'
import { archiveDocument } from '../../services/compliance/review-documents.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Archives a document: it changes no more and asks for no acknowledgements (CDOC6). */
export const archive = areaProcedure('COMPLIANCE', 'write')
  .input(DocumentIdInputSchema)
  .mutation(({ ctx, input }) => archiveDocument(ctx.prisma, ctx.actor, input.documentId))
