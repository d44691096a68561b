// Properties: the top of the hierarchy and the first address segment.
import type { PrismaClient } from '@growops/db'
import {
  DomainError,
  type PropertyCreateInput,
  type PropertyIdInput,
  type PropertyUpdateInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { readdressIfRenamed } from './branch-changes.ts'
import { refuseTakenCode, refuseWhenHoldingPlants } from './branch-guards.ts'
import { BRANCH_TRANSACTION } from './branch-transaction.ts'
import { lockProperty } from './hierarchy-chain.ts'
import { propertySelect, type PropertyView } from './hierarchy-views.ts'
import type { Readdressed } from './readdress-beneath.ts'
import { deleteBranch, type Removed } from './delete-branch.ts'

export function listProperties(prisma: PrismaClient, actor: Actor): Promise<PropertyView[]> {
  return prisma.property.findMany({
    where: { organizationId: actor.organizationId },
    select: propertySelect,
    orderBy: { code: 'asc' },
  })
}

export function createProperty(
  prisma: PrismaClient,
  actor: Actor,
  input: PropertyCreateInput,
): Promise<PropertyView> {
  return refuseTakenCode(
    () =>
      prisma.$transaction(async (tx) => {
        const property = await tx.property.create({
          data: {
            organizationId: actor.organizationId,
            code: input.code,
            name: input.name,
            licenseNumber: input.licenseNumber ?? null,
            address: input.address ?? null,
          },
          select: propertySelect,
        })
        await appendAuditEntry(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'property.create',
          entityType: 'Property',
          entityId: property.id,
          after: property,
        })
        return property
      }),
    () => ({ level: 'property', code: input.code, parent: null }),
  )
}

export function updateProperty(
  prisma: PrismaClient,
  actor: Actor,
  input: PropertyUpdateInput,
): Promise<PropertyView & { readdressed: Readdressed }> {
  return refuseTakenCode(
    () =>
      prisma.$transaction(async (tx) => {
        const before = await lockProperty(tx, actor, input.propertyId, 'update')
        const property = await tx.property.update({
          where: { id: before.id },
          data: {
            code: input.code,
            name: input.name,
            licenseNumber: input.licenseNumber,
            address: input.address,
          },
          select: propertySelect,
        })
        const readdressed = await readdressIfRenamed(
          tx,
          actor,
          { entityType: 'Property', id: before.id, level: 'property' },
          { before: before.code, after: input.code },
        )
        await appendAuditEntry(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'property.update',
          entityType: 'Property',
          entityId: property.id,
          before,
          after: { ...property, readdressed },
        })
        return { ...property, readdressed }
      }, BRANCH_TRANSACTION),
    () => (input.code ? { level: 'property', code: input.code, parent: null } : null),
  )
}

export async function deleteProperty(
  prisma: PrismaClient,
  actor: Actor,
  input: PropertyIdInput,
): Promise<{ id: string; removed: Removed }> {
  return prisma.$transaction(async (tx) => {
    const property = await lockProperty(tx, actor, input.propertyId, 'update')
    const label = `Property ${property.code}`
    await refuseWhenHoldingPlants(tx, actor.organizationId, {
      entityType: 'Property',
      id: property.id,
      label,
    })
    const batches = await tx.batch.findMany({
      where: { propertyId: property.id },
      select: { name: true },
      orderBy: { name: 'asc' },
      take: 11,
    })
    if (batches.length > 0) {
      const names = batches.slice(0, 10).map((batch) => batch.name)
      throw new DomainError(
        'CONFLICT',
        `${label} has batches (${names.join(', ')}${batches.length > 10 ? ', …' : ''}); a property with batch records cannot be deleted.`,
        { entityType: 'Property', entityId: property.id, batches: names },
      )
    }
    const removed = await deleteBranch(tx, { entityType: 'Property', id: property.id })
    await tx.layoutVersion.deleteMany({ where: { propertyId: property.id } })
    await tx.layoutDocument.deleteMany({ where: { propertyId: property.id } })
    await tx.property.delete({ where: { id: property.id } })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'property.delete',
      entityType: 'Property',
      entityId: property.id,
      before: property,
      after: { removed },
    })
    return { id: property.id, removed }
  }, BRANCH_TRANSACTION)
}
