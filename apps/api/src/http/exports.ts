// GET /exports/audit.csv: an organization's audit trail as a CSV download. Plain HTTP, as a
// file download is not JSON; authenticated by the session cookie like tRPC, and refused with
// a JSON message a person can act on (401 no session, 400 bad parameters, 403 no access).
// The body streams with backpressure, so any range costs one page of memory.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import {
  AuditExportQuerySchema,
  isDomainError,
  messageKeyForCode,
  type AuditExportQuery,
  type DomainErrorCode,
} from '@growops/domain'
import { actorFor, loadMembershipRole, type Actor } from '../services/access/actor.ts'
import { openAuditExport } from '../services/audit/open-audit-export.ts'
import type { AuditCsvOptions } from '../services/audit/stream-audit-csv.ts'
import { createHttpContext, type ContextDeps } from '../trpc/context.ts'

export const AUDIT_EXPORT_PATH = '/exports/audit.csv'

export interface ExportDeps extends ContextDeps {
  /** Page size and a page observer, for tests. */
  auditCsv?: AuditCsvOptions
}

interface ExportRefusal {
  status: 400 | 401 | 403 | 404 | 405
  code: DomainErrorCode | 'METHOD_NOT_ALLOWED'
  error: string
  fieldErrors?: Record<string, string[]>
}

function refuse(res: ServerResponse, refusal: ExportRefusal): void {
  const { status, code, ...body } = refusal
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  const messageKey = code === 'METHOD_NOT_ALLOWED' ? null : messageKeyForCode(code)
  res.end(JSON.stringify({ ...body, code, messageKey }))
}

type Parsed<T> = { ok: true; value: T } | { ok: false; refusal: ExportRefusal }

function parseQuery(url: URL): Parsed<AuditExportQuery> {
  const raw: Record<string, string> = {}
  for (const [key, value] of url.searchParams) {
    if (key in raw) {
      return {
        ok: false,
        refusal: {
          status: 400,
          code: 'VALIDATION.FAILED',
          error: `Give "${key}" once.`,
          fieldErrors: { [key]: ['Given more than once.'] },
        },
      }
    }
    raw[key] = value
  }
  const parsed = AuditExportQuerySchema.safeParse(raw)
  if (parsed.success) return { ok: true, value: parsed.data }
  const fieldErrors: Record<string, string[]> = {}
  for (const issue of parsed.error.issues) {
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : []
    for (const key of unknownKeys) (fieldErrors[key] ??= []).push('Not a parameter of this export.')
    if (unknownKeys.length === 0) (fieldErrors[issue.path.join('.')] ??= []).push(issue.message)
  }
  const summary = Object.entries(fieldErrors)
    .map(([field, messages]) => `${field}: ${messages.join(' ')}`)
    .join('; ')
  return {
    ok: false,
    refusal: {
      status: 400,
      code: 'VALIDATION.FAILED',
      error: `Some parameters are not valid (${summary}). Parameters: organizationId, from, to, entityType.`,
      fieldErrors,
    },
  }
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
  const query = parseQuery(new URL(req.url ?? '/', 'http://x'))
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

function isPrematureClose(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    (error.code === 'ERR_STREAM_PREMATURE_CLOSE' || error.code === 'ECONNRESET')
  )
}
