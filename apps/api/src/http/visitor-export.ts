// GET /exports/visitors.csv?organizationId=…&from=…&to=…[&propertyId=…]: the visitor log as a CSV
// download (COMPLIANCE read). Authenticated by the session cookie like tRPC; refused with a JSON
// message a person can act on (401 no session, 400 bad parameters, 403 no access). Written page
// by page with backpressure.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { isDomainError } from '@growops/domain'
import { actorFor, loadMembershipRole, type Actor } from '../services/access/actor.ts'
import { visitorLogCsvHeader, visitorLogCsvLine } from '../services/visitors/visitor-log-csv.ts'
import {
  visitorLogPages,
  VisitorLogQuerySchema,
  type VisitorLogQuery,
} from '../services/visitors/visitor-log.ts'
import { createHttpContext, type ContextDeps } from '../trpc/context.ts'
import { parseExportQuery, refuse } from './http-refusals.ts'

export const VISITOR_EXPORT_PATH = '/exports/visitors.csv'

async function authorize(deps: ContextDeps, userId: string, organizationId: string) {
  try {
    const role = await loadMembershipRole(deps.prisma, userId, organizationId)
    const actor: Actor = actorFor({ userId, organizationId, role }, 'COMPLIANCE', 'read')
    return actor
  } catch (error) {
    if (isDomainError(error) && error.code === 'AUTH.FORBIDDEN') return null
    throw error
  }
}

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
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET')
    return refuse(res, { status: 405, code: 'METHOD_NOT_ALLOWED', error: 'Use GET.' })
  }
  const ctx = await createHttpContext(deps, req, res)
  if (!ctx.session) {
    return refuse(res, {
      status: 401,
      code: 'AUTH.UNAUTHENTICATED',
      error: 'Sign in to export the visitor log.',
    })
  }
  const parsed = parseExportQuery(
    new URL(req.url ?? '/', 'http://x'),
    VisitorLogQuerySchema,
    'organizationId, from, to, propertyId',
  )
  if (!parsed.ok) return refuse(res, parsed.refusal)
  const actor = await authorize(deps, ctx.session.user.id, parsed.value.organizationId)
  if (!actor) {
    return refuse(res, {
      status: 403,
      code: 'AUTH.FORBIDDEN',
      error: 'Your role in this organization may not export its visitor log.',
    })
  }
  res.statusCode = 200
  res.setHeader('Content-Type', 'text/csv; charset=utf-8')
  res.setHeader('Content-Disposition', `attachment; filename="${fileName(parsed.value)}"`)
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('X-Content-Type-Options', 'nosniff')
  try {
    await pipeline(Readable.from(csvChunks(deps, actor, parsed.value), { highWaterMark: 1 }), res)
  } catch (error) {
    // The client went away mid-download: nothing to answer.
    if (error instanceof Error && 'code' in error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') {
      return
    }
    throw error
  }
}
