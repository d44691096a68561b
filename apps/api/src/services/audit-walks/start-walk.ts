// `auditWalk.start`: a new walk of one room of the organization.
import type { PrismaClient } from '@growops/db'
import { DomainError, type AuditWalkStartInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { assertWalkAccess } from './walk-access.ts'
import { toWalkSummary, userNames, WALK_SELECT, type AuditWalkSummary } from './walk-view.ts'

export async function startWalk(
  prisma: PrismaClient,
  actor: Actor,
  input: AuditWalkStartInput,
  now = new Date(),
): Promise<AuditWalkSummary> {
  assertWalkAccess(actor)
  const room = await prisma.room.findFirst({
    where: { id: input.roomId, building: { property: { organizationId: actor.organizationId } } },
    select: { id: true },
  })
  if (!room) {
    throw new DomainError('NOT_FOUND', 'No such room in this organization.', {
      entity: 'Room',
      id: input.roomId,
    })
  }
  const walk = await prisma.$transaction(async (tx) => {
    const created = await tx.auditWalk.create({
      data: {
        organizationId: actor.organizationId,
        roomId: room.id,
        startedById: actor.userId,
        startedAt: now,
      },
      select: WALK_SELECT,
    })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'auditWalk.start',
      entityType: 'AuditWalk',
      entityId: created.id,
      before: null,
      after: { roomId: room.id },
    })
    return created
  })
  const names = await userNames(prisma, [walk.startedById])
  return toWalkSummary(walk, names.get(walk.startedById) ?? null)
}
