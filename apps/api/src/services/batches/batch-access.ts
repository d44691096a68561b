// Who may touch which batch. Every lookup is scoped to the actor's organization (another
// organization's batch is NOT_FOUND); LIMITED access (STAFF) covers only batches assigned to
// the actor through BatchAssignment; managing batches themselves needs FULL access.
import type { Batch, Prisma, TransactionClient } from '@growops/db'
import { DomainError } from '@growops/domain'
import type { Actor } from '../access/actor.ts'

/** A batch where-filter narrowing LIMITED actors to their assigned batches. */
export function visibleBatchWhere(actor: Actor): Prisma.BatchWhereInput {
  return actor.level === 'LIMITED'
    ? { organizationId: actor.organizationId, assignments: { some: { userId: actor.userId } } }
    : { organizationId: actor.organizationId }
}

/** A plant where-filter: the organization's plants, and for LIMITED actors only assigned ones. */
export function visiblePlantWhere(actor: Actor): Prisma.PlantWhereInput {
  return actor.level === 'LIMITED'
    ? {
        organizationId: actor.organizationId,
        batch: { assignments: { some: { userId: actor.userId } } },
      }
    : { organizationId: actor.organizationId }
}

export function batchNotFound(batchId: string): DomainError {
  return new DomainError('NOT_FOUND', 'No such batch in this organization.', {
    entity: 'Batch',
    id: batchId,
  })
}

/** Refuses LIMITED actors: creating, assigning and similar management needs FULL access. */
export function assertFullAccess(actor: Actor, what: string): void {
  if (actor.level === 'FULL') return
  throw new DomainError('AUTH.FORBIDDEN', `Your role may not ${what}.`, {
    role: actor.role,
    accessLevel: actor.level,
  })
}

/** Throws AUTH.FORBIDDEN when a LIMITED actor is not assigned to the batch. */
export async function assertBatchAssigned(
  db: TransactionClient,
  actor: Actor,
  batch: { id: string; name: string },
): Promise<void> {
  if (actor.level !== 'LIMITED') return
  const assignment = await db.batchAssignment.findUnique({
    where: { batchId_userId: { batchId: batch.id, userId: actor.userId } },
    select: { batchId: true },
  })
  if (assignment) return
  throw new DomainError(
    'AUTH.FORBIDDEN',
    `Batch ${batch.name} is not assigned to you; ask a head grower to assign it.`,
    { batchId: batch.id, role: actor.role, accessLevel: actor.level },
  )
}

/** The batch, when it is the actor's organization's and (for LIMITED actors) assigned to them. */
export async function loadBatchFor(
  db: TransactionClient,
  actor: Actor,
  batchId: string,
): Promise<Batch> {
  const batch = await db.batch.findFirst({
    where: { id: batchId, organizationId: actor.organizationId },
  })
  if (!batch) throw batchNotFound(batchId)
  await assertBatchAssigned(db, actor, batch)
  return batch
}
