import { DocumentIdInputSchema } from '@growops/domain'
import { acknowledgeDocument } from '../../services/compliance/acknowledge-documents.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/**
 * The caller acknowledges the approved version (CDOC7). A personal action of any member whose
 * role the document requires, STAFF included: not a COMPLIANCE write. Idempotent.
 */
export const acknowledge = memberProcedure
  .input(DocumentIdInputSchema)
  .mutation(({ ctx, input }) => acknowledgeDocument(ctx.prisma, ctx.member, input.documentId))
