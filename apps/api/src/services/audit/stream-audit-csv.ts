// The audit trail of any range as CSV text, produced page by page: a consumer that pulls
// slowly (a slow download) holds back the database reads, so memory stays at one page
// however long the range.
import type { PrismaClient } from '@growops/db'
import { auditCsvHeader, auditCsvLine, type AuditFilters } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { auditWhere, loadAuditActors } from './audit-filters.ts'

export const AUDIT_EXPORT_PAGE_SIZE = 1000

export interface AuditCsvOptions {
  pageSize?: number
  /** Called after each page is read (tests watch backpressure with it). */
  onPage?: (rows: number) => void
}

/**
 * Yields the header, then one chunk of CSV lines per page of entries in seq order (oldest
 * first). The export is the log as it stood when it started: entries appended while it runs
 * are left for the next export.
 */
export async function* streamAuditCsv(
  prisma: PrismaClient,
  actor: Actor,
  filters: Partial<AuditFilters>,
  options: AuditCsvOptions = {},
): AsyncGenerator<string, void, undefined> {
  const pageSize = options.pageSize ?? AUDIT_EXPORT_PAGE_SIZE
  const where = auditWhere(actor.organizationId, filters)
  yield auditCsvHeader()
  const newest = await prisma.auditLog.findFirst({
    where,
    orderBy: { seq: 'desc' },
    select: { seq: true },
  })
  if (!newest) return
  let afterSeq = 0n
  for (;;) {
    const rows = await prisma.auditLog.findMany({
      where: { ...where, seq: { gt: afterSeq, lte: newest.seq } },
      orderBy: { seq: 'asc' },
      take: pageSize,
    })
    options.onPage?.(rows.length)
    const last = rows[rows.length - 1]
    if (!last) return
    const actors = await loadAuditActors(
      prisma,
      rows.map((row) => row.actorId),
    )
    yield rows
      .map((row) =>
        auditCsvLine({
          seq: String(row.seq),
          createdAt: row.createdAt.toISOString(),
          actor: row.actorId === null ? null : (actors.get(row.actorId) ?? null),
          actorId: row.actorId,
          action: row.action,
          entityType: row.entityType,
          entityId: row.entityId,
          before: row.before,
          after: row.after,
          prevHash: row.prevHash,
          hash: row.hash,
        }),
      )
      .join('')
    if (rows.length < pageSize) return
    afterSeq = last.seq
  }
}
