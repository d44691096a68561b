import type { TransactionClient } from '@growops/db'
import { DomainError } from '@growops/domain'
import type { Actor } from '../access/actor.ts'

export interface RoomRef {
  id: string
  code: string
  name: string
  buildingCode: string
  propertyId: string
  propertyCode: string
}

/** The room, when it belongs to the actor's organization; NOT_FOUND otherwise. */
export async function loadRoomFor(
  db: TransactionClient,
  actor: Actor,
  roomId: string,
): Promise<RoomRef> {
  const room = await db.room.findFirst({
    where: { id: roomId, building: { property: { organizationId: actor.organizationId } } },
    select: {
      id: true,
      code: true,
      name: true,
      building: { select: { code: true, property: { select: { id: true, code: true } } } },
    },
  })
  if (!room) {
    throw new DomainError('NOT_FOUND', 'No such room in this organization.', {
      entity: 'Room',
      id: roomId,
    })
  }
  return {
    id: room.id,
    code: room.code,
    name: room.name,
    buildingCode: room.building.code,
    propertyId: room.building.property.id,
    propertyCode: room.building.property.code,
  }
}
