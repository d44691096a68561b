import { listPendingAcknowledgements } from '../../services/compliance/acknowledge-documents.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/** Approved documents requiring the caller's role that they have not acknowledged (CDOC7). */
export const myPendingAcknowledgements = memberProcedure.query(({ ctx }) =>
  listPendingAcknowledgements(ctx.prisma, ctx.member),
)
