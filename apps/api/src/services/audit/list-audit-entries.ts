// One page of an organization's audit trail, newest first, paged by seq (keyset: a page
// costs the same however deep it is, and entries appended meanwhile never shift a page).
import type { PrismaClient } from '@growops/db'
import type { AuditFilters } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { auditWhere, loadAuditActors, type AuditActor } from './audit-filters.ts'

export interface AuditListEntry {
  seq: string
  createdAt: string
  actor: AuditActor | null
  action: string
  entityType: string
  entityId: string
  before: unknown
  after: unknown
}

export interface AuditPage {
  entries: AuditListEntry[]
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null
}

export interface AuditListQuery extends Partial<AuditFilters> {
  cursor?: string | undefined
  limit: number
}

export async function listAuditEntries(
  prisma: PrismaClient,
  actor: Actor,
  query: AuditListQuery,
): Promise<AuditPage> {
  const where = auditWhere(actor.organizationId, query)
  if (query.cursor !== undefined) where.seq = { lt: BigInt(query.cursor) }
  // One extra row says whether another page follows.
  const rows = await prisma.auditLog.findMany({
    where,
    orderBy: { seq: 'desc' },
    take: query.limit + 1,
    select: {
      seq: true,
      createdAt: true,
      actorId: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
    },
  })
  const page = rows.slice(0, query.limit)
  const actors = await loadAuditActors(
    prisma,
    page.map((row) => row.actorId),
  )
  const last = page[page.length - 1]
  return {
    entries: page.map((row) => ({
      seq: String(row.seq),
      createdAt: row.createdAt.toISOString(),
      actor: row.actorId === null ? null : (actors.get(row.actorId) ?? null),
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
    })),
    nextCursor: rows.length > query.limit && last ? String(last.seq) : null,
  }
}
