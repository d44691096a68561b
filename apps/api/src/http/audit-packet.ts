// GET /exports/audit-packet.zip?organizationId=…&from=…&to=…[&propertyId=…]: everything an
// inspector asks for in one zip (CDOC11, CDOC12). Plain HTTP like the audit CSV export:
// authenticated by the session cookie, refused with JSON a person can act on (401 no session,
// 400 bad parameters, 403 no COMPLIANCE read, 404 another organization's property), and
// streamed with backpressure.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { AuditPacketQuerySchema, isDomainError } from '@growops/domain'
import { openAuditPacket } from '../services/compliance/audit-packet.ts'
import type { FileStore } from '../services/files/file-store.ts'
import type { ContextDeps } from '../trpc/context.ts'
import { openExportRequest, streamDownload, writeDownloadHeaders } from './export-request.ts'
import { refuse } from './http-refusals.ts'

export const AUDIT_PACKET_PATH = '/exports/audit-packet.zip'

export interface AuditPacketDeps extends ContextDeps {
  files: FileStore
}

/** Answers GET /exports/audit-packet.zip. */
export async function answerAuditPacket(
  deps: AuditPacketDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const request = await openExportRequest(deps, req, res, {
    schema: AuditPacketQuerySchema,
    parameters: 'organizationId, from, to, propertyId',
    area: 'COMPLIANCE',
    signInMessage: 'Sign in to download the audit packet.',
    forbiddenMessage: 'Your role in this organization may not download its audit packet.',
  })
  if (!request) return
  let packet: Awaited<ReturnType<typeof openAuditPacket>>
  try {
    packet = await openAuditPacket(deps.prisma, deps.files, request.actor, request.query)
  } catch (error) {
    if (isDomainError(error) && error.code === 'NOT_FOUND') {
      return refuse(res, { status: 404, code: 'NOT_FOUND', error: error.message })
    }
    throw error
  }
  writeDownloadHeaders(res, 'application/zip', packet.fileName)
  await streamDownload(res, packet.body)
}
