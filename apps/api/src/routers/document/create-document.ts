import { DocumentCreateInputSchema } from '@growops/domain'
import { createDocument } from '../../services/compliance/write-drafts.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** A new document and its first draft (COMPLIANCE FULL; CDOC1). */
export const create = areaProcedure('COMPLIANCE', 'write')
  .input(DocumentCreateInputSchema)
  .mutation(({ ctx, input }) => createDocument(ctx.prisma, ctx.actor, input))
