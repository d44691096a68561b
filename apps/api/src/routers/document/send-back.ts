import { DocumentSendBackInputSchema } from '@growops/domain'
import { sendBackVersion } from '../../services/compliance/review-documents.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** IN_REVIEW → DRAFT with a note for the author (COMPLIANCE FULL; CDOC2). */
export const sendBack = areaProcedure('COMPLIANCE', 'write')
  .input(DocumentSendBackInputSchema)
  .mutation(({ ctx, input }) => sendBackVersion(ctx.prisma, ctx.live, ctx.actor, input))
