// Audit walks as they travel: plain JSON, with the room and who started the walk.
import type { AuditWalkStatus, Prisma, TransactionClient } from '@growops/db'
import type { AuditWalkComparison } from '@growops/domain'

export const WALK_SELECT = {
  id: true,
  organizationId: true,
  roomId: true,
  status: true,
  startedAt: true,
  startedById: true,
  completedAt: true,
  report: true,
  room: {
    select: {
      code: true,
      name: true,
      building: { select: { code: true, property: { select: { id: true, code: true } } } },
    },
  },
  _count: { select: { scans: true } },
} satisfies Prisma.AuditWalkSelect

export type WalkRow = Prisma.AuditWalkGetPayload<{ select: typeof WALK_SELECT }>

export interface AuditWalkSummary {
  id: string
  roomId: string
  room: { code: string; name: string; addressPrefix: string; propertyId: string }
  status: AuditWalkStatus
  startedAt: string
  startedById: string
  startedByName: string | null
  completedAt: string | null
  scanCount: number
  /** The frozen report's counts; null while the walk is in progress. */
  counts: AuditWalkComparison['counts'] | null
}

export function toWalkSummary(row: WalkRow, startedByName: string | null): AuditWalkSummary {
  const { building } = row.room
  const report = frozenReport(row)
  return {
    id: row.id,
    roomId: row.roomId,
    room: {
      code: row.room.code,
      name: row.room.name,
      addressPrefix: [building.property.code, building.code, row.room.code].join('.'),
      propertyId: building.property.id,
    },
    status: row.status,
    startedAt: row.startedAt.toISOString(),
    startedById: row.startedById,
    startedByName,
    completedAt: row.completedAt?.toISOString() ?? null,
    scanCount: row._count.scans,
    counts: report?.counts ?? null,
  }
}

/** The report stored when the walk was completed (WALK4); null before. */
export function frozenReport(row: { report: Prisma.JsonValue }): AuditWalkComparison | null {
  return row.report === null ? null : (row.report as unknown as AuditWalkComparison)
}

export async function userNames(
  db: TransactionClient,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true },
  })
  return new Map(users.map((user) => [user.id, user.name]))
}
