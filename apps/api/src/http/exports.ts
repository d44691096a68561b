// GET /exports/audit.csv: an organization's audit trail as a CSV download. Plain HTTP, as a
// file download is not JSON; authenticated by the session cookie like tRPC, and refused with
// a JSON message a person can act on (401 no session, 400 bad parameters, 403 no access).
// The body streams with backpressure, so any range costs one page of memory.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { AuditExportQuerySchema } from '@growops/domain'
import { openAuditExport } from '../services/audit/open-audit-export.ts'
import type { AuditCsvOptions } from '../services/audit/stream-audit-csv.ts'
import type { ContextDeps } from '../trpc/context.ts'
import { openExportRequest, streamDownload, writeDownloadHeaders } from './export-request.ts'

export const AUDIT_EXPORT_PATH = '/exports/audit.csv'

export interface ExportDeps extends ContextDeps {
  /** Page size and a page observer, for tests. */
  auditCsv?: AuditCsvOptions
}

/** Answers GET /exports/audit.csv?organizationId=…&from=…&to=…&entityType=… */
export async function answerAuditExport(
  deps: ExportDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const request = await openExportRequest(deps, req, res, {
    schema: AuditExportQuerySchema,
    parameters: 'organizationId, from, to, entityType',
    area: 'COMPLIANCE',
    signInMessage: 'Sign in to export the audit trail.',
    forbiddenMessage: 'Your role in this organization may not export its audit trail.',
  })
  if (!request) return
  const download = await openAuditExport(deps.prisma, request.actor, request.query, deps.auditCsv)
  writeDownloadHeaders(res, 'text/csv; charset=utf-8', download.fileName)
  await streamDownload(res, download.chunks)
}
