// Scoping helpers: every sensor, rule and alert is reached through the actor's organization,
// so an id from another organization is simply not found.
import type { PrismaClient, TransactionClient } from '@growops/db'
import { DomainError } from '@growops/domain'
import type { Actor } from '../access/actor.ts'

type Db = PrismaClient | TransactionClient

/** Sensor and rule setup is for FULL cultivation access (OWNER, HEAD_GROWER). */
export function requireFullAccess(actor: Actor, what: string): void {
  if (actor.level !== 'FULL') {
    throw new DomainError('AUTH.FORBIDDEN', `Your role may not ${what}.`, {
      role: actor.role,
      level: actor.level,
    })
  }
}

export async function findSensorFor(db: Db, actor: Actor, sensorId: string) {
  const sensor = await db.sensor.findFirst({
    where: { id: sensorId, organizationId: actor.organizationId },
  })
  if (!sensor) throw new DomainError('NOT_FOUND', 'No such sensor.', { sensorId })
  return sensor
}

export async function assertPropertyFor(db: Db, actor: Actor, propertyId: string): Promise<void> {
  const property = await db.property.findFirst({
    where: { id: propertyId, organizationId: actor.organizationId },
    select: { id: true },
  })
  if (!property) throw new DomainError('NOT_FOUND', 'No such property.', { propertyId })
}

/** Checks that the room (and position, if given) lie in the property. */
export async function assertPlacement(
  db: Db,
  propertyId: string,
  placement: { roomId?: string | null; positionId?: string | null },
): Promise<void> {
  if (placement.roomId) {
    const room = await db.room.findFirst({
      where: { id: placement.roomId, building: { propertyId } },
      select: { id: true },
    })
    if (!room) {
      throw new DomainError('NOT_FOUND', 'No such room in this property.', {
        roomId: placement.roomId,
      })
    }
  }
  if (placement.positionId) {
    const position = await db.position.findFirst({
      where: {
        id: placement.positionId,
        propertyId,
        ...(placement.roomId ? { roomId: placement.roomId } : {}),
      },
      select: { id: true },
    })
    if (!position) {
      throw new DomainError('NOT_FOUND', 'No such position in this room.', {
        positionId: placement.positionId,
      })
    }
  }
}
