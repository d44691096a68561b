import type { PrismaClient } from '@growops/db'
import { DomainError } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { assertFullAccess, batchNotFound } from './batch-access.ts'

export interface BatchAssignmentResult {
  batchId: string
  userId: string
  assigned: boolean
  /** False when the request changed nothing (already assigned, or not assigned). */
  changed: boolean
}

/**
 * Gives a member of the organization (typically STAFF) access to a batch, or takes it away.
 * Needs FULL access: a LIMITED member cannot widen their own access. Repeating either is
 * harmless (`changed: false`) and audited only when something changed.
 */
export async function setBatchAssignment(
  prisma: PrismaClient,
  actor: Actor,
  input: { batchId: string; userId: string; assigned: boolean },
): Promise<BatchAssignmentResult> {
  assertFullAccess(actor, 'assign batches')
  return prisma.$transaction(async (tx) => {
    const batch = await tx.batch.findFirst({
      where: { id: input.batchId, organizationId: actor.organizationId },
      select: { id: true },
    })
    if (!batch) throw batchNotFound(input.batchId)
    const member = await tx.membership.findUnique({
      where: {
        userId_organizationId: { userId: input.userId, organizationId: actor.organizationId },
      },
      select: { role: true },
    })
    if (!member) {
      throw new DomainError('NOT_FOUND', 'That person is not a member of this organization.', {
        entity: 'User',
        id: input.userId,
      })
    }
    let changed: boolean
    if (input.assigned) {
      // ON CONFLICT DO NOTHING: a concurrent identical assignment is not an error.
      const created = await tx.batchAssignment.createMany({
        data: [{ batchId: batch.id, userId: input.userId }],
        skipDuplicates: true,
      })
      changed = created.count > 0
    } else {
      const removed = await tx.batchAssignment.deleteMany({
        where: { batchId: batch.id, userId: input.userId },
      })
      changed = removed.count > 0
    }
    if (changed) {
      await appendAuditEntry(tx, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: input.assigned ? 'batch.assign' : 'batch.unassign',
        entityType: 'Batch',
        entityId: batch.id,
        before: { userId: input.userId, assigned: !input.assigned },
        after: { userId: input.userId, assigned: input.assigned, role: member.role },
      })
    }
    return { batchId: batch.id, userId: input.userId, assigned: input.assigned, changed }
  })
}
