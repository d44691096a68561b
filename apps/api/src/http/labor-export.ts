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
import { laborReport } from '../services/labor/labor-report.ts'
import type { ContextDeps } from '../trpc/context.ts'
import { openExportRequest, writeDownloadHeaders } from './export-request.ts'
import { refuse } from './http-refusals.ts'

export const LABOR_EXPORT_PATH = '/exports/labor.csv'

const FORBIDDEN_MESSAGE = 'Your role in this organization may not export labor reports.'

export async function answerLaborExport(
  deps: ContextDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const request = await openExportRequest(deps, req, res, {
    schema: LaborExportQuerySchema,
    parameters:
      'organizationId, from, to, groupBy (person, room, batch, period), period (day, week, month), timeZone',
    area: 'LABOR',
    signInMessage: 'Sign in to export labor reports.',
    forbiddenMessage: FORBIDDEN_MESSAGE,
  })
  if (!request) return
  const { organizationId: _organizationId, ...input } = request.query
  try {
    const report = await laborReport(deps.prisma, request.actor, input)
    const names = new Map(report.rows.map((row) => [row.key, row.name]))
    const csv = laborReportCsv(report, report.groupBy, (key) => names.get(key) ?? null)
    writeDownloadHeaders(
      res,
      'text/csv; charset=utf-8',
      laborCsvFileName(input.groupBy, input.from, input.to),
    )
    res.end(csv)
  } catch (error) {
    // The report narrows some roles further than the area's access (e.g. to their own hours).
    if (isDomainError(error) && error.code === 'AUTH.FORBIDDEN') {
      return refuse(res, { status: 403, code: 'AUTH.FORBIDDEN', error: FORBIDDEN_MESSAGE })
    }
    throw error
  }
}
