// Buildings of a property: address segment 2.
import type { PrismaClient } from '@growops/db'
import type {
  BuildingCreateInput,
  BuildingIdInput,
  BuildingUpdateInput,
  PropertyIdInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { deleteBranchAudited, readdressIfRenamed } from './branch-changes.ts'
import { refuseTakenCode, type CodeClash } from './branch-guards.ts'
import { BRANCH_TRANSACTION } from './branch-transaction.ts'
import type { Removed } from './delete-branch.ts'
import { lockBuilding, lockProperty, notFound } from './hierarchy-chain.ts'
import { buildingSelect, type BuildingView } from './hierarchy-views.ts'
import type { Readdressed } from './readdress-beneath.ts'

export async function listBuildings(
  prisma: PrismaClient,
  actor: Actor,
  input: PropertyIdInput,
): Promise<BuildingView[]> {
  const property = await prisma.property.findFirst({
    where: { id: input.propertyId, organizationId: actor.organizationId },
    select: { id: true },
  })
  if (!property) throw notFound('Property', input.propertyId)
  return prisma.building.findMany({
    where: { propertyId: property.id },
    select: buildingSelect,
    orderBy: { code: 'asc' },
  })
}

export function createBuilding(
  prisma: PrismaClient,
  actor: Actor,
  input: BuildingCreateInput,
): Promise<BuildingView> {
  let clash: CodeClash | null = null
  return refuseTakenCode(
    () =>
      prisma.$transaction(async (tx) => {
        const property = await lockProperty(tx, actor, input.propertyId, 'share')
        clash = { level: 'building', code: input.code, parent: `property ${property.code}` }
        const building = await tx.building.create({
          data: { propertyId: property.id, code: input.code, name: input.name, type: input.type },
          select: buildingSelect,
        })
        await appendAuditEntry(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'building.create',
          entityType: 'Building',
          entityId: building.id,
          after: { ...building, propertyId: property.id },
        })
        return building
      }),
    () => clash,
  )
}

export function updateBuilding(
  prisma: PrismaClient,
  actor: Actor,
  input: BuildingUpdateInput,
): Promise<BuildingView & { readdressed: Readdressed }> {
  let clash: CodeClash | null = null
  return refuseTakenCode(
    () =>
      prisma.$transaction(async (tx) => {
        const before = await lockBuilding(tx, actor, input.buildingId, 'update')
        if (input.code !== undefined) {
          clash = { level: 'building', code: input.code, parent: `property ${before.propertyCode}` }
        }
        const building = await tx.building.update({
          where: { id: before.id },
          data: { code: input.code, name: input.name, type: input.type },
          select: buildingSelect,
        })
        const readdressed = await readdressIfRenamed(
          tx,
          actor,
          { entityType: 'Building', id: before.id, level: 'building' },
          { before: before.code, after: input.code },
        )
        await appendAuditEntry(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'building.update',
          entityType: 'Building',
          entityId: building.id,
          before,
          after: { ...building, readdressed },
        })
        return { ...building, readdressed }
      }, BRANCH_TRANSACTION),
    () => clash,
  )
}

export function deleteBuilding(
  prisma: PrismaClient,
  actor: Actor,
  input: BuildingIdInput,
): Promise<{ id: string; removed: Removed }> {
  return prisma.$transaction(async (tx) => {
    const building = await lockBuilding(tx, actor, input.buildingId, 'update')
    return deleteBranchAudited(tx, actor, {
      entityType: 'Building',
      id: building.id,
      label: `Building ${building.propertyCode}.${building.code}`,
      action: 'building.delete',
      before: building,
    })
  }, BRANCH_TRANSACTION)
}
