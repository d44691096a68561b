// The steps every hierarchy level shares when a code changes or a branch is deleted.
import type { TransactionClient } from '@growops/db'
import type { HierarchyCodeLevel } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { refuseWhenHoldingPlants } from './branch-guards.ts'
import { deleteBranch, type Removed } from './delete-branch.ts'
import type { Beneath } from './positions-beneath.ts'
import { readdressBeneath, type Readdressed } from './readdress-beneath.ts'

/** Re-addresses everything beneath `entity` when an update changed its code; nothing otherwise. */
export function readdressIfRenamed(
  tx: TransactionClient,
  actor: Actor,
  entity: Beneath & { level: HierarchyCodeLevel },
  codes: { before: string; after: string | undefined },
): Promise<Readdressed> {
  if (codes.after === undefined || codes.after === codes.before) {
    return Promise.resolve({ positions: 0, plants: 0 })
  }
  return readdressBeneath(tx, {
    organizationId: actor.organizationId,
    entity: { entityType: entity.entityType, id: entity.id },
    level: entity.level,
    code: codes.after,
    movedById: actor.userId,
  })
}

/**
 * Deletes a building, room, section or row with everything beneath it (refused while plants
 * are there) and records the deletion in the audit log. The caller holds the entity locked.
 */
export async function deleteBranchAudited(
  tx: TransactionClient,
  actor: Actor,
  entity: Beneath & { label: string; action: string; before: unknown },
): Promise<{ id: string; removed: Removed }> {
  await refuseWhenHoldingPlants(tx, actor.organizationId, entity)
  const removed = await deleteBranch(tx, { entityType: entity.entityType, id: entity.id })
  await appendAuditEntry(tx, {
    organizationId: actor.organizationId,
    actorId: actor.userId,
    action: entity.action,
    entityType: entity.entityType,
    entityId: entity.id,
    before: entity.before,
    after: { removed },
  })
  return { id: entity.id, removed }
}
