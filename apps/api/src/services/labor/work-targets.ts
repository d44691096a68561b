// The room, task and batch an entry is against must be the organization's (LAB11).
import type { PrismaClient, TransactionClient } from '@growops/db'
import { DomainError } from '@growops/domain'
import type { Actor } from '../access/actor.ts'

export interface WorkTargets {
  roomId?: string | null
  taskId?: string | null
  batchId?: string | null
}

function notFound(entity: string, id: string, field: string): DomainError {
  return new DomainError('NOT_FOUND', `No such ${entity.toLowerCase()} in this organization.`, {
    entity,
    id,
    field,
  })
}

/** Checks the targets given; answers the room's property (entries keep it for filtering). */
export async function checkWorkTargets(
  db: PrismaClient | TransactionClient,
  actor: Actor,
  targets: WorkTargets,
): Promise<{ propertyId: string | null }> {
  const organizationId = actor.organizationId
  const [room, task, batch] = await Promise.all([
    targets.roomId
      ? db.room.findFirst({
          where: { id: targets.roomId, building: { property: { organizationId } } },
          select: { building: { select: { propertyId: true } } },
        })
      : null,
    targets.taskId
      ? db.task.findFirst({
          where: { id: targets.taskId, organizationId },
          select: { propertyId: true },
        })
      : null,
    targets.batchId
      ? db.batch.findFirst({
          where: { id: targets.batchId, organizationId },
          select: { propertyId: true },
        })
      : null,
  ])
  if (targets.roomId && !room) throw notFound('Room', targets.roomId, 'roomId')
  if (targets.taskId && !task) throw notFound('Task', targets.taskId, 'taskId')
  if (targets.batchId && !batch) throw notFound('Batch', targets.batchId, 'batchId')
  return {
    propertyId: room?.building.propertyId ?? task?.propertyId ?? batch?.propertyId ?? null,
  }
}
