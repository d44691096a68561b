// GET /exports/audit.csv: an organization's audit trail as a CSV download. Plain HTTP, as a
// file download is not JSON; authenticated by the session cookie like tRPC, and refused with
// a JSON message a person can act on (401 no session, 400 bad parameters, 403 no access).
// The body streams with backpressure, so any range costs one page of memory.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { AuditExportQuerySchema, isDomainError } from '@growops/domain'
import { actorFor, loadMembershipRole, type Actor } from '../services/access/actor.ts'
import { isPrematureClose, parseExportQuery, refuse, type Parsed } from './http-refusals.ts'
import { openAuditExport } from '../services/audit/open-audit-export.ts'
import type { AuditCsvOptions } from '../services/audit/stream-audit-csv.ts'
import { createHttpContext, type ContextDeps } from '../trpc/context.ts'

export const AUDIT_EXPORT_PATH = '/exports/audit.csv'

export interface ExportDeps extends ContextDeps {
  /** Page size and a page observer, for tests. */
  auditCsv?: AuditCsvOptions
}

async function authorize(
  deps: ExportDeps,
  userId: string,
  organizationId: string,
): Promise<Parsed<Actor>> {
  try {
    const role = await loadMembershipRole(deps.prisma, userId, organizationId)
    return { ok: true, value: actorFor({ userId, organizationId, role }, 'COMPLIANCE', 'read') }
  } catch (error) {
    if (isDomainError(error) && error.code === 'AUTH.FORBIDDEN') {
      return {
        ok: false,
        refusal: {
          status: 403,
          code: 'AUTH.FORBIDDEN',
          error: 'Your role in this organization may not export its audit trail.',
        },
      }
    }
    throw error
  }
}

/** Answers GET /exports/audit.csv?organizationId=…&from=…&to=…&entityType=… */
export async function answerAuditExport(
  deps: ExportDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET')
    return refuse(res, { status: 405, code: 'METHOD_NOT_ALLOWED', error: 'Use GET.' })
  }
  const ctx = await createHttpContext(deps, req, res)
  if (!ctx.session) {
    return refuse(res, {
      status: 401,
      code: 'AUTH.UNAUTHENTICATED',
      error: 'Sign in to export the audit trail.',
    })
  }
  const query = parseExportQuery(
    new URL(req.url ?? '/', 'http://x'),
    AuditExportQuerySchema,
    'organizationId, from, to, entityType',
  )
  if (!query.ok) return refuse(res, query.refusal)
  const actor = await authorize(deps, ctx.session.user.id, query.value.organizationId)
  if (!actor.ok) return refuse(res, actor.refusal)

  const download = await openAuditExport(deps.prisma, actor.value, query.value, deps.auditCsv)
  res.statusCode = 200
  res.setHeader('Content-Type', 'text/csv; charset=utf-8')
  res.setHeader('Content-Disposition', `attachment; filename="${download.fileName}"`)
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('X-Content-Type-Options', 'nosniff')
  // pipeline waits for 'drain' when the client is slow and stops reading the log when the
  // client goes away; a failure after the headers aborts the response, so a download that
  // broke off is never mistaken for a complete file.
  try {
    // highWaterMark 1: hold at most one page ahead (Readable.from's default would be 16).
    await pipeline(Readable.from(download.chunks, { highWaterMark: 1 }), res)
  } catch (error) {
    // The client went away mid-download: nothing to answer, nothing to log.
    if (isPrematureClose(error)) return
    throw error
  }
}
