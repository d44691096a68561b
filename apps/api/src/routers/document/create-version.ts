import { DocumentCreateVersionInputSchema } from '@growops/domain'
import { createDocumentVersion } from '../../services/compliance/write-drafts.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** The next draft of a document, starting from the approved version (COMPLIANCE FULL; CDOC4). */
export const createVersion = areaProcedure('COMPLIANCE', 'write')
  .input(DocumentCreateVersionInputSchema)
  .mutation(({ ctx, input }) => createDocumentVersion(ctx.prisma, ctx.actor, input))
