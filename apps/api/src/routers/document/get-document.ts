import { DocumentIdInputSchema } from '@growops/domain'
import { getDocument } from '../../services/compliance/read-documents.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/**
 * One document with its versions and acknowledgement progress. Any member: the service lets a
 * role without COMPLIANCE access open only an approved document it must acknowledge (CDOC7).
 */
export const get = memberProcedure
  .input(DocumentIdInputSchema)
  .query(({ ctx, input }) => getDocument(ctx.prisma, ctx.member, input.documentId))
