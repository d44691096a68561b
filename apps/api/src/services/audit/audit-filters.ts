// The Prisma filter every audit read starts from: always the actor's organization, then the
// optional entity, actor and time range filters ([AUD3]).
import type { Prisma } from '@growops/db'
import { resolveAuditRange, type AuditFilters } from '@growops/domain'

export function auditWhere(
  organizationId: string,
  filters: Partial<AuditFilters>,
): Prisma.AuditLogWhereInput {
  const range = resolveAuditRange(filters.from, filters.to)
  const createdAt: Prisma.DateTimeFilter = {}
  if (range.from) createdAt.gte = range.from
  if (range.to) createdAt.lt = range.to
  return {
    organizationId,
    ...(filters.entityType === undefined ? {} : { entityType: filters.entityType }),
    ...(filters.entityId === undefined ? {} : { entityId: filters.entityId }),
    ...(filters.actorId === undefined ? {} : { actorId: filters.actorId }),
    ...(range.from || range.to ? { createdAt } : {}),
  }
}

export interface AuditActor {
  id: string
  name: string
  email: string
}

/** The users behind `actorIds`, by id (one query; system entries have no actor). */
export async function loadAuditActors(
  prisma: Prisma.TransactionClient,
  actorIds: Iterable<string | null>,
): Promise<Map<string, AuditActor>> {
  const ids = [...new Set([...actorIds].filter((id): id is string => id !== null))]
  if (ids.length === 0) return new Map()
  const users = await prisma.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, email: true },
  })
  return new Map(users.map((user) => [user.id, user]))
}
