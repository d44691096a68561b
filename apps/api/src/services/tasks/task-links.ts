// A task's links (property, room, batch, position) and assignment, checked against the
// caller's organization and against each other: a room, batch or position of another
// organization is NOT_FOUND; one of another property than the task's is refused.
import type { PrismaClient, Role, TransactionClient } from '@growops/db'
import { DomainError, TASK_ASSIGNABLE_ROLES } from '@growops/domain'
import type { Actor } from '../access/actor.ts'

export interface TaskLinks {
  propertyId: string | null
  roomId: string | null
  batchId: string | null
  positionId: string | null
  assigneeId: string | null
  assigneeRole: Role | null
}

type Db = PrismaClient | TransactionClient

function notFound(entity: string, id: string): DomainError {
  return new DomainError('NOT_FOUND', `No such ${entity.toLowerCase()} in this organization.`, {
    entity,
    id,
  })
}

function mismatch(field: string, message: string): DomainError {
  return new DomainError('VALIDATION.FAILED', message, { fieldErrors: { [field]: [message] } })
}

async function placeOf(db: Db, actor: Actor, links: TaskLinks) {
  const org = actor.organizationId
  const [property, room, batch, position] = await Promise.all([
    links.propertyId
      ? db.property.findFirst({ where: { id: links.propertyId, organizationId: org } })
      : null,
    links.roomId
      ? db.room.findFirst({
          where: { id: links.roomId, building: { property: { organizationId: org } } },
          select: { id: true, building: { select: { propertyId: true } } },
        })
      : null,
    links.batchId
      ? db.batch.findFirst({ where: { id: links.batchId, organizationId: org } })
      : null,
    links.positionId
      ? db.position.findFirst({
          where: { id: links.positionId, property: { organizationId: org } },
          select: { id: true, roomId: true, propertyId: true },
        })
      : null,
  ])
  if (links.propertyId && !property) throw notFound('Property', links.propertyId)
  if (links.roomId && !room) throw notFound('Room', links.roomId)
  if (links.batchId && !batch) throw notFound('Batch', links.batchId)
  if (links.positionId && !position) throw notFound('Position', links.positionId)
  return { room, batch, position }
}

async function checkAssignee(db: Db, actor: Actor, assigneeId: string): Promise<void> {
  const membership = await db.membership.findUnique({
    where: { userId_organizationId: { userId: assigneeId, organizationId: actor.organizationId } },
    select: { role: true },
  })
  if (!membership) throw notFound('User', assigneeId)
  if (!(TASK_ASSIGNABLE_ROLES as readonly Role[]).includes(membership.role)) {
    throw mismatch(
      'assigneeId',
      'That person’s role only reads cultivation work; assign the task to an owner, a head grower or staff.',
    )
  }
}

/**
 * Checks every link and fills what follows from them (TASK12): the room of a position, and
 * the property of the room, position or batch. Returns the links to store.
 */
export async function resolveTaskLinks(db: Db, actor: Actor, links: TaskLinks): Promise<TaskLinks> {
  const { room, batch, position } = await placeOf(db, actor, links)
  if (position && room && position.roomId !== room.id) {
    throw mismatch('positionId', 'That position is not in the task’s room.')
  }
  const roomId = room?.id ?? position?.roomId ?? null
  const properties = [
    ['propertyId', links.propertyId],
    ['roomId', room?.building.propertyId],
    ['positionId', position?.propertyId],
    ['batchId', batch?.propertyId],
  ] as const
  const propertyId = properties.find(([, id]) => id)?.[1] ?? null
  for (const [field, id] of properties) {
    if (id && id !== propertyId) {
      throw mismatch(field, 'The room, batch and position must be in the task’s property.')
    }
  }
  if (links.assigneeId) await checkAssignee(db, actor, links.assigneeId)
  return {
    propertyId,
    roomId,
    batchId: links.batchId,
    positionId: links.positionId,
    assigneeId: links.assigneeId,
    assigneeRole: links.assigneeRole,
  }
}
