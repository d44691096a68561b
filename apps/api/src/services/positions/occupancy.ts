// Position counts per room in one grouped query. A reservation whose time has passed counts
// as empty: expired reservations free themselves without a background job.
import type { PositionStatus, TransactionClient } from '@growops/db'

export interface Occupancy {
  total: number
  occupied: number
  empty: number
  reserved: number
  damaged: number
}

export function emptyOccupancy(): Occupancy {
  return { total: 0, occupied: 0, empty: 0, reserved: 0, damaged: 0 }
}

const FIELD: Record<PositionStatus, keyof Omit<Occupancy, 'total'>> = {
  EMPTY: 'empty',
  OCCUPIED: 'occupied',
  RESERVED: 'reserved',
  DAMAGED: 'damaged',
}

/**
 * Occupancy of every room of `propertyIds` (or of `roomIds`) in the organization; rooms
 * without positions are absent from the map.
 */
export async function countOccupancyByRoom(
  db: TransactionClient,
  scope: { organizationId: string } & ({ propertyIds: string[] } | { roomIds: string[] }),
  now = new Date(),
): Promise<Map<string, Occupancy>> {
  const where = {
    property: { organizationId: scope.organizationId },
    ...('roomIds' in scope
      ? { roomId: { in: scope.roomIds } }
      : { propertyId: { in: scope.propertyIds } }),
  }
  const [byStatus, expiredReservations] = await Promise.all([
    db.position.groupBy({ by: ['roomId', 'status'], where, _count: { _all: true } }),
    db.position.groupBy({
      by: ['roomId'],
      where: { ...where, status: 'RESERVED', reservedUntil: { lte: now } },
      _count: { _all: true },
    }),
  ])
  const rooms = new Map<string, Occupancy>()
  for (const group of byStatus) {
    const occupancy = rooms.get(group.roomId) ?? emptyOccupancy()
    occupancy[FIELD[group.status]] += group._count._all
    occupancy.total += group._count._all
    rooms.set(group.roomId, occupancy)
  }
  for (const group of expiredReservations) {
    const occupancy = rooms.get(group.roomId)
    if (!occupancy) continue
    occupancy.reserved -= group._count._all
    occupancy.empty += group._count._all
  }
  return rooms
}
