// GET /exports/labor.csv?organizationId=…&from=…&to=…&groupBy=…[&period=…][&timeZone=…]: the
// labor report as a CSV download (LAB15). Authenticated by the session cookie like tRPC;
// refusals are JSON a person can act on (401 signed out, 400 bad parameters, 403 no access).
// A year of entries is one report in memory (a few MB at most), so the body is sent whole.
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  isDomainError,
  LaborExportQuerySchema,
  laborCsvFileName,
  laborReportCsv,
} from '@growops/domain'
import { actorFor, loadMembershipRole } from '../services/access/actor.ts'
import { laborReport } from '../services/labor/labor-report.ts'
import { createHttpContext, type ContextDeps } from '../trpc/context.ts'
import { parseExportQuery, refuse } from './http-refusals.ts'

export const LABOR_EXPORT_PATH = '/exports/labor.csv'

export async function answerLaborExport(
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
      error: 'Sign in to export labor reports.',
    })
  }
  const query = parseExportQuery(
    new URL(req.url ?? '/', 'http://x'),
    LaborExportQuerySchema,
    'organizationId, from, to, groupBy (person, room, batch, period), period (day, week, month), timeZone',
  )
  if (!query.ok) return refuse(res, query.refusal)
  const { organizationId, ...input } = query.value
  const userId = ctx.session.user.id
  try {
    const role = await loadMembershipRole(deps.prisma, userId, organizationId)
    const actor = actorFor({ userId, organizationId, role }, 'LABOR', 'read')
    const report = await laborReport(deps.prisma, actor, input)
    const names = new Map(report.rows.map((row) => [row.key, row.name]))
    const csv = laborReportCsv(report, report.groupBy, (key) => names.get(key) ?? null)
    res.statusCode = 200
    res.setHeader('Content-Type', 'text/csv; charset=utf-8')
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${laborCsvFileName(input.groupBy, input.from, input.to)}"`,
    )
    res.setHeader('Cache-Control', 'no-store')
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.end(csv)
  } catch (error) {
    if (isDomainError(error) && error.code === 'AUTH.FORBIDDEN') {
      return refuse(res, {
        status: 403,
        code: 'AUTH.FORBIDDEN',
        error: 'Your role in this organization may not export labor reports.',
      })
    }
    throw error
  }
}
