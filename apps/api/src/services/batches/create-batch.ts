import { isUniqueViolation, type PrismaClient } from '@growops/db'
import { DomainError, type CreateBatchInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { assertFullAccess } from './batch-access.ts'
import { toBatchView, type BatchView } from './batch-view.ts'

/** Starts a batch at a property of the actor's organization (BATCH3, BATCH4). */
export async function createBatch(
  prisma: PrismaClient,
  actor: Actor,
  input: CreateBatchInput,
): Promise<BatchView> {
  assertFullAccess(actor, 'start batches')
  try {
    return await prisma.$transaction(async (tx) => {
      const property = await tx.property.findFirst({
        where: { id: input.propertyId, organizationId: actor.organizationId },
        select: { id: true },
      })
      if (!property) {
        throw new DomainError('NOT_FOUND', 'No such property in this organization.', {
          entity: 'Property',
          id: input.propertyId,
        })
      }
      const batch = await tx.batch.create({
        data: {
          organizationId: actor.organizationId,
          propertyId: property.id,
          name: input.name,
          strain: input.strain,
          stage: input.stage,
        },
      })
      const view = toBatchView(batch)
      await appendAuditEntry(tx, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'batch.create',
        entityType: 'Batch',
        entityId: batch.id,
        before: null,
        after: view,
      })
      return view
    })
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError(
        'BATCH.NAME_TAKEN',
        `A batch named "${input.name}" already exists; pick another name.`,
        { name: input.name },
      )
    }
    throw error
  }
}
