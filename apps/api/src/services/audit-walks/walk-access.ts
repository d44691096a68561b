// Audit walks compare every plant of a room, whatever its batch, so they are not for LIMITED
// (STAFF) access, which covers assigned batches only: walking and completing needs full
// cultivation access (OWNER, HEAD_GROWER); reading reports, read access too (COMPLIANCE_MANAGER,
// ACCOUNTANT). Every lookup is scoped to the actor's organization.
import type { AuditWalk, TransactionClient } from '@growops/db'
import { DomainError } from '@growops/domain'
import type { Actor } from '../access/actor.ts'

export function assertWalkAccess(actor: Actor): void {
  if (actor.level !== 'LIMITED') return
  throw new DomainError(
    'AUTH.FORBIDDEN',
    'Audit walks cover every plant of a room; ask a head grower to run one.',
    { role: actor.role, accessLevel: actor.level },
  )
}

export function walkNotFound(walkId: string): DomainError {
  return new DomainError('NOT_FOUND', 'No such audit walk in this organization.', {
    entity: 'AuditWalk',
    id: walkId,
  })
}

/** The walk, locked for the rest of the transaction so its scans and completion serialize. */
export async function lockWalkFor(
  tx: TransactionClient,
  actor: Actor,
  walkId: string,
): Promise<AuditWalk> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "AuditWalk"
    WHERE id = ${walkId} AND "organizationId" = ${actor.organizationId}
    FOR UPDATE`
  if (locked.length === 0) throw walkNotFound(walkId)
  return tx.auditWalk.findUniqueOrThrow({ where: { id: walkId } })
}

export function assertWalkOpen(walk: AuditWalk): void {
  if (walk.status === 'IN_PROGRESS') return
  throw new DomainError(
    'AUDIT_WALK.COMPLETED',
    `This audit walk was completed${walk.completedAt ? ` at ${walk.completedAt.toISOString()}` : ''}; start a new one to scan again.`,
    { walkId: walk.id, completedAt: walk.completedAt?.toISOString() ?? null },
  )
}
