import { DocumentListInputSchema } from '@growops/domain'
import { listDocuments } from '../../services/compliance/read-documents.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** The organization's documents by code, filtered by kind, status, expiry (COMPLIANCE read). */
export const list = areaProcedure('COMPLIANCE', 'read')
  .input(DocumentListInputSchema)
  .query(({ ctx, input }) => listDocuments(ctx.prisma, ctx.actor, input))
