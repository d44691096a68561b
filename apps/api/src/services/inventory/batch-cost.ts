// Input cost per batch (INV6): USE transactions against the batch count in full; uses against
// a room are split equally among the batches that had plants in the room when the use was
// recorded (InventoryTransaction.sharedBatchIds). Adjustments and disposals cost no batch.
import type { BatchStage, Prisma, PrismaClient } from '@growops/db'
import {
  allocateUseCosts,
  type BatchInputCost,
  type InventoryBatchCostsInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { batchNotFound } from '../batches/batch-access.ts'

const USE_COST_SELECT = {
  batchId: true,
  roomId: true,
  costCents: true,
  sharedBatchIds: true,
} satisfies Prisma.InventoryTransactionSelect

/** USE transactions that may count toward the given batches (all of the organization's: null). */
function usesOf(
  organizationId: string,
  scope: { batchIds: readonly string[] } | { propertyId: string } | null,
): Prisma.InventoryTransactionWhereInput {
  const base = { organizationId, kind: 'USE' as const }
  if (scope === null) return base
  if ('propertyId' in scope) {
    const { propertyId } = scope
    return { ...base, OR: [{ batch: { propertyId } }, { room: { building: { propertyId } } }] }
  }
  const batchIds = [...scope.batchIds]
  return { ...base, OR: [{ batchId: { in: batchIds } }, { sharedBatchIds: { hasSome: batchIds } }] }
}

/**
 * A batch's input cost in cents: what labor and batch views add to its total cost. Zero for a
 * batch with no uses (or one of another organization).
 */
export async function batchInputCostCents(
  prisma: PrismaClient,
  organizationId: string,
  batchId: string,
): Promise<number> {
  const uses = await prisma.inventoryTransaction.findMany({
    where: usesOf(organizationId, { batchIds: [batchId] }),
    select: USE_COST_SELECT,
  })
  return allocateUseCosts(uses).byBatch.get(batchId)?.totalCents ?? 0
}

export interface BatchCostRow extends BatchInputCost {
  batchId: string
  name: string
  strain: string
  stage: BatchStage
  propertyId: string
}

export interface BatchCosts {
  batches: BatchCostRow[]
  /** Room uses (of the property, if one is asked for) recorded while no batch was in the room. */
  unallocatedCents: number
}

/** `inventory.batchCosts`: each batch's input cost, newest batches first. */
export async function listBatchCosts(
  prisma: PrismaClient,
  actor: Actor,
  input: InventoryBatchCostsInput,
): Promise<BatchCosts> {
  const batches = await prisma.batch.findMany({
    where: {
      organizationId: actor.organizationId,
      ...(input.propertyId ? { propertyId: input.propertyId } : {}),
      ...(input.batchId ? { id: input.batchId } : {}),
    },
    select: { id: true, name: true, strain: true, stage: true, propertyId: true },
    orderBy: [{ startedAt: 'desc' }, { name: 'asc' }],
  })
  const scope = input.batchId
    ? { batchIds: batches.map((batch) => batch.id) }
    : input.propertyId
      ? { propertyId: input.propertyId }
      : null
  const uses = await prisma.inventoryTransaction.findMany({
    where: usesOf(actor.organizationId, scope),
    select: USE_COST_SELECT,
  })
  const allocation = allocateUseCosts(uses)
  const none: BatchInputCost = {
    directCents: 0,
    roomShareCents: 0,
    totalCents: 0,
    useCount: 0,
    uncostedUseCount: 0,
  }
  return {
    batches: batches.map((batch) => ({
      batchId: batch.id,
      name: batch.name,
      strain: batch.strain,
      stage: batch.stage,
      propertyId: batch.propertyId,
      ...(allocation.byBatch.get(batch.id) ?? none),
    })),
    unallocatedCents: input.batchId ? 0 : allocation.unallocatedCents,
  }
}

export interface BatchInputCostView extends BatchInputCost {
  batchId: string
}

/** `batch.inputCost`: one batch's input cost; NOT_FOUND for another organization's batch. */
export async function batchInputCost(
  prisma: PrismaClient,
  actor: Actor,
  batchId: string,
): Promise<BatchInputCostView> {
  const { batches } = await listBatchCosts(prisma, actor, { batchId })
  const [row] = batches
  if (!row) throw batchNotFound(batchId)
  const { name: _name, strain: _strain, stage: _stage, propertyId: _propertyId, ...cost } = row
  return cost
}
