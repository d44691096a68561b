// GET /exports/visitors.csv?organizationId=…&from=…&to=…[&propertyId=…]: the visitor log as a CSV
// download (COMPLIANCE read). Authenticated by the session cookie like tRPC; refused with a JSON
// message a person can act on (401 no session, 400 bad parameters, 403 no access). Written page
// by page with backpressure.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Actor } from '../services/access/actor.ts'
import { visitorLogCsvHeader, visitorLogCsvLine } from '../services/visitors/visitor-log-csv.ts'
import {
  visitorLogPages,
  VisitorLogQuerySchema,
  type VisitorLogQuery,
} from '../services/visitors/visitor-log.ts'
import type { ContextDeps } from '../trpc/context.ts'
import { openExportRequest, streamDownload, writeDownloadHeaders } from './export-request.ts'

export const VISITOR_EXPORT_PATH = '/exports/visitors.csv'

async function* csvChunks(deps: ContextDeps, actor: Actor, query: VisitorLogQuery) {
  yield visitorLogCsvHeader()
  for await (const page of visitorLogPages(deps.prisma, actor.organizationId, query)) {
    yield page.map(visitorLogCsvLine).join('')
  }
}

function fileName(query: VisitorLogQuery): string {
  const part = (value: string | undefined, fallback: string) =>
    value ? value.slice(0, 10) : fallback
  return `visitor-log-${part(query.from, 'start')}-to-${part(query.to, 'now')}.csv`
}

export async function answerVisitorExport(
  deps: ContextDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const request = await openExportRequest(deps, req, res, {
    schema: VisitorLogQuerySchema,
    parameters: 'organizationId, from, to, propertyId',
    area: 'COMPLIANCE',
    signInMessage: 'Sign in to export the visitor log.',
    forbiddenMessage: 'Your role in this organization may not export its visitor log.',
  })
  if (!request) return
  writeDownloadHeaders(res, 'text/csv; charset=utf-8', fileName(request.query))
  await streamDownload(res, csvChunks(deps, request.actor, request.query))
}
