// GET /exports/audit-walks/<walkId>.csv: an audit walk's discrepancy report as a CSV download
// (WALK5) — the frozen report once completed, the live comparison before. Authenticated by the
// session cookie like tRPC; a walk the caller may not see is the same 404 as one that does not
// exist, so ids reveal nothing across organizations.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { auditWalkCsv, isDomainError, isUuid } from '@growops/domain'
import { actorFor, loadMembershipRole } from '../services/access/actor.ts'
import { getWalk } from '../services/audit-walks/get-walk.ts'
import { createHttpContext, type ContextDeps } from '../trpc/context.ts'
import { writeDownloadHeaders } from './export-request.ts'
import { refuse } from './http-refusals.ts'

export const AUDIT_WALK_EXPORT_PREFIX = '/exports/audit-walks/'
const PATH = /^\/exports\/audit-walks\/([^/]+)\.csv$/

/** Whether `pathname` is a walk export (so the server routes it here). */
export function isAuditWalkExportPath(pathname: string): boolean {
  return pathname.startsWith(AUDIT_WALK_EXPORT_PREFIX)
}

export async function answerAuditWalkExport(
  deps: ContextDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET')
    return refuse(res, { status: 405, code: 'METHOD_NOT_ALLOWED', error: 'Use GET.' })
  }
  const walkId = PATH.exec(new URL(req.url ?? '/', 'http://x').pathname)?.[1] ?? ''
  const notFound = 'No such audit walk. Check the link, or open the walk from its room.'
  if (!isUuid(walkId)) return refuse(res, { status: 404, code: 'NOT_FOUND', error: notFound })
  const ctx = await createHttpContext(deps, req, res)
  if (!ctx.session) {
    return refuse(res, {
      status: 401,
      code: 'AUTH.UNAUTHENTICATED',
      error: 'Sign in to export the audit walk.',
    })
  }
  const walk = await deps.prisma.auditWalk.findUnique({
    where: { id: walkId },
    select: { organizationId: true },
  })
  const userId = ctx.session.user.id
  const role = walk
    ? await loadMembershipRole(deps.prisma, userId, walk.organizationId).catch(() => null)
    : null
  if (!walk || !role) return refuse(res, { status: 404, code: 'NOT_FOUND', error: notFound })
  try {
    const actor = actorFor(
      { userId, organizationId: walk.organizationId, role },
      'CULTIVATION_OPS',
      'read',
    )
    const detail = await getWalk(deps.prisma, actor, { walkId })
    const day = (detail.walk.completedAt ?? detail.walk.startedAt).slice(0, 10)
    writeDownloadHeaders(
      res,
      'text/csv; charset=utf-8',
      `audit-walk-${detail.walk.room.code}-${day}-${walkId.slice(0, 8)}.csv`,
    )
    res.end(auditWalkCsv(detail.comparison))
  } catch (error) {
    if (isDomainError(error) && error.code === 'AUTH.FORBIDDEN') {
      return refuse(res, {
        status: 403,
        code: 'AUTH.FORBIDDEN',
        error: 'Your role may not export audit walks.',
      })
    }
    throw error
  }
}
