// Occupancy of every room of a property in one grouped query (the dashboard's and the
// facility tree's numbers): ≤ 50 ms with 100,000 positions (bench/positions.bench.ts).
import { Prisma, type PositionStatus, type PrismaClient } from '@growops/db'
import { DomainError } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { emptyOccupancy, type Occupancy } from './occupancy.ts'
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
  /** Null for a room without positions. */
  status: PositionStatus | null
  count: number
  /** Of `count`, how many have a reservation end in the past (only meaningful for RESERVED). */
  expired: number
}

const FIELD: Record<PositionStatus, 'occupied' | 'empty' | 'reserved' | 'damaged'> = {
  EMPTY: 'empty',
  OCCUPIED: 'occupied',
  RESERVED: 'reserved',
  DAMAGED: 'damaged',
}

/**
 * Every room of the property (rooms without positions included, all zero), ordered by
 * building and room code. Reservations that have expired count as empty (POS1). The counts
 * come from an index-only scan of Position(propertyId, roomId, status, reservedUntil),
 * grouped in index order, joined to the rooms in the same statement.
 */
export async function propertyOccupancy(
  prisma: PrismaClient,
  actor: Actor,
  propertyId: string,
  now = new Date(),
): Promise<RoomOccupancy[]> {
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT r.id AS "roomId", r.code AS "roomCode", b.code AS "buildingCode",
      c.status, COALESCE(c.count, 0) AS count, COALESCE(c.expired, 0) AS expired
    FROM "Property" pr
    JOIN "Building" b ON b."propertyId" = pr.id
    JOIN "Room" r ON r."buildingId" = b.id
    LEFT JOIN (
      SELECT p."roomId", p.status, count(*)::int AS count,
        (count(*) FILTER (WHERE p."reservedUntil" <= ${utcTimestampText(now)}::timestamp))::int
          AS expired
      FROM "Position" p
      WHERE p."propertyId" = ${propertyId}
      GROUP BY p."roomId", p.status
    ) c ON c."roomId" = r.id
    WHERE pr.id = ${propertyId} AND pr."organizationId" = ${actor.organizationId}
    ORDER BY b.code, r.code`)
  if (rows.length === 0) await assertPropertyVisible(prisma, actor, propertyId)
  const rooms = new Map<string, RoomOccupancy>()
  for (const row of rows) {
    const room = rooms.get(row.roomId) ?? {
      roomId: row.roomId,
      roomCode: row.roomCode,
      buildingCode: row.buildingCode,
      ...emptyOccupancy(),
    }
    rooms.set(row.roomId, room)
    if (row.status === null) continue
    room.total += row.count
    room[FIELD[row.status]] += row.count
    if (row.status === 'RESERVED') {
      room.reserved -= row.expired
      room.empty += row.expired
    }
  }
  return [...rooms.values()]
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
