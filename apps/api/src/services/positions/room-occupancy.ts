import type { PrismaClient } from '@growops/db'
import type { Actor } from '../access/actor.ts'
import { countOccupancyByRoom, emptyOccupancy, type Occupancy } from './occupancy.ts'
import { loadRoomFor } from './room-access.ts'

/** `{ total, occupied, empty, reserved, damaged }` of one room (expired reservations count as empty). */
export async function roomOccupancy(
  prisma: PrismaClient,
  actor: Actor,
  roomId: string,
  now = new Date(),
): Promise<Occupancy> {
  const room = await loadRoomFor(prisma, actor, roomId)
  const rooms = await countOccupancyByRoom(
    prisma,
    { organizationId: actor.organizationId, roomIds: [room.id] },
    now,
  )
  return rooms.get(room.id) ?? emptyOccupancy()
}
