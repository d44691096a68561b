// A walk's expected-vs-found comparison from the database: the plants recorded at the room's
// positions, the walk's scans in order, and where unexpected tags are recorded (WALK3).
import type { TransactionClient } from '@growops/db'
import { compareAuditWalk, type AuditWalkComparison } from '@growops/domain'

export async function walkComparison(
  db: TransactionClient,
  walk: { id: string; organizationId: string; roomId: string },
): Promise<AuditWalkComparison> {
  const [expected, scans] = await Promise.all([
    db.plant.findMany({
      where: { organizationId: walk.organizationId, position: { roomId: walk.roomId } },
      select: { id: true, tagNumber: true, positionId: true, address: true },
    }),
    db.auditWalkScan.findMany({
      where: { walkId: walk.id, positionId: { not: null } },
      orderBy: [{ scannedAt: 'asc' }, { id: 'asc' }],
      select: { positionId: true, plantTag: true, scannedAt: true },
    }),
  ])
  const positionIds = [...new Set(scans.flatMap((scan) => scan.positionId ?? []))]
  const expectedTags = new Set(expected.map((plant) => plant.tagNumber))
  const strangerTags = [...new Set(scans.flatMap((scan) => scan.plantTag ?? []))].filter(
    (tag) => !expectedTags.has(tag),
  )
  const [positions, known] = await Promise.all([
    db.position.findMany({
      where: { id: { in: positionIds } },
      select: { id: true, address: true },
    }),
    strangerTags.length === 0
      ? []
      : db.plant.findMany({
          where: { organizationId: walk.organizationId, tagNumber: { in: strangerTags } },
          select: { id: true, tagNumber: true, address: true },
        }),
  ])
  const addressOf = new Map(positions.map((position) => [position.id, position.address]))
  return compareAuditWalk(
    expected.flatMap((plant) =>
      plant.positionId
        ? [
            {
              plantId: plant.id,
              tag: plant.tagNumber,
              positionId: plant.positionId,
              address: plant.address ?? addressOf.get(plant.positionId) ?? '',
            },
          ]
        : [],
    ),
    scans.flatMap((scan) =>
      scan.positionId
        ? [
            {
              positionId: scan.positionId,
              address: addressOf.get(scan.positionId) ?? '',
              plantTag: scan.plantTag,
              scannedAt: scan.scannedAt.toISOString(),
            },
          ]
        : [],
    ),
    known.map((plant) => ({ plantId: plant.id, tag: plant.tagNumber, address: plant.address })),
  )
}
