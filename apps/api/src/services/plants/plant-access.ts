import type { Plant, TransactionClient } from '@growops/db'
import { DomainError } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { assertBatchAssigned } from '../batches/batch-access.ts'

export function plantNotFound(details: Record<string, unknown>): DomainError {
  return new DomainError('NOT_FOUND', 'No such plant in this organization.', {
    entity: 'Plant',
    ...details,
  })
}

/**
 * Locks the plant's row for the rest of the transaction (so two changes of one plant run one
 * after the other) and returns it with its batch, after checking the actor may act on it.
 */
export async function lockPlantFor(
  tx: TransactionClient,
  actor: Actor,
  plantId: string,
): Promise<Plant & { batch: { id: string; name: string; propertyId: string } }> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Plant"
    WHERE id = ${plantId} AND "organizationId" = ${actor.organizationId}
    FOR UPDATE`
  if (locked.length === 0) throw plantNotFound({ id: plantId })
  const plant = await tx.plant.findUniqueOrThrow({
    where: { id: plantId },
    include: { batch: { select: { id: true, name: true, propertyId: true } } },
  })
  await assertBatchAssigned(tx, actor, plant.batch)
  return plant
}
