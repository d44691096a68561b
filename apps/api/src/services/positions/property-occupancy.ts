// Occupancy of every room of a property in one grouped query (the dashboard's and the
// facility tree's numbers): ≤ 50 ms with 100,000 positions (bench/positions.bench.ts).
import { Prisma, type PrismaClient } from '@growops/db'
import { DomainError } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import type { Occupancy } from './occupancy.ts'
import { utcTimestampText } from './utc-timestamp.ts'

export interface RoomOccupancy extends Occupancy {
  roomId: string
  roomCode: string
  buildingCode: string
}

interface Row {
  roomId: string
  roomCode: string
  buildingCode: string
  total: number
  occupied: number
  reserved: number
  damaged: number
}

/**
 * Every room of the property (rooms without positions included, all zero), ordered by
 * building and room code. Reservations that have expired count as empty (POS1).
 */
export async function propertyOccupancy(
  prisma: PrismaClient,
  actor: Actor,
  propertyId: string,
  now = new Date(),
): Promise<RoomOccupancy[]> {
  const nowUtc = utcTimestampText(now)
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT r.id AS "roomId", r.code AS "roomCode", b.code AS "buildingCode",
      count(p.id)::int AS total,
      (count(*) FILTER (WHERE p.status = 'OCCUPIED'))::int AS occupied,
      (count(*) FILTER (WHERE p.status = 'DAMAGED'))::int AS damaged,
      (count(*) FILTER (
        WHERE p.status = 'RESERVED'
          AND (p."reservedUntil" IS NULL OR p."reservedUntil" > ${nowUtc}::timestamp)
      ))::int AS reserved
    FROM "Property" pr
    JOIN "Building" b ON b."propertyId" = pr.id
    JOIN "Room" r ON r."buildingId" = b.id
    LEFT JOIN "Position" p ON p."roomId" = r.id
    WHERE pr.id = ${propertyId} AND pr."organizationId" = ${actor.organizationId}
    GROUP BY r.id, r.code, b.code
    ORDER BY b.code, r.code`)
  if (rows.length === 0) await assertPropertyVisible(prisma, actor, propertyId)
  return rows.map((row) => ({
    ...row,
    empty: row.total - row.occupied - row.reserved - row.damaged,
  }))
}

async function assertPropertyVisible(
  prisma: PrismaClient,
  actor: Actor,
  propertyId: string,
): Promise<void> {
  const property = await prisma.property.findFirst({
    where: { id: propertyId, organizationId: actor.organizationId },
    select: { id: true },
  })
  if (!property) {
    throw new DomainError('NOT_FOUND', 'No such property in this organization.', {
      entity: 'Property',
      id: propertyId,
    })
  }
}
