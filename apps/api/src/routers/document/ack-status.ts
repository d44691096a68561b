import { DocumentIdInputSchema } from '@growops/domain'
import { acknowledgementStatus } from '../../services/compliance/acknowledge-documents.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Who in the required roles has and has not acknowledged (COMPLIANCE read; CDOC8). */
export const ackStatus = areaProcedure('COMPLIANCE', 'read')
  .input(DocumentIdInputSchema)
  .query(({ ctx, input }) => acknowledgementStatus(ctx.prisma, ctx.actor, input.documentId))
