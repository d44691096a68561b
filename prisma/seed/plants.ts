// Factories for batches and placed plants.
import type { BatchStage, PrismaClient } from '@growops/db'

export async function upsertBatch(
  prisma: PrismaClient,
  input: {
    organizationId: string
    propertyId: string
    name: string
    strain: string
    stage: BatchStage
  },
) {
  return prisma.batch.upsert({
    where: { organizationId_name: { organizationId: input.organizationId, name: input.name } },
    update: {},
    create: input,
  })
}

/** A Metrc-style 24-character plant tag: a fixed prefix and a zero-padded serial. */
export function demoPlantTag(prefix: string, serial: number): string {
  const tag = `${prefix}${String(serial).padStart(24 - prefix.length, '0')}`
  if (tag.length !== 24) throw new Error(`plant tag ${tag} is not 24 characters`)
  return tag
}

/**
 * Places one new plant of `batch` in each of `positionIds` (in order), tagged from `tags`,
 * marking positions occupied and writing a PLACEMENT history row. Plants whose tag already
 * exists are skipped, so re-running changes nothing.
 */
export async function placeNewPlants(
  prisma: PrismaClient,
  input: {
    organizationId: string
    batchId: string
    positionIds: string[]
    tags: string[]
    placedById: string | null
  },
) {
  const existing = await prisma.plant.findMany({
    where: { organizationId: input.organizationId, tagNumber: { in: input.tags } },
    select: { tagNumber: true },
  })
  const existingTags = new Set(existing.map((plant) => plant.tagNumber))
  const positions = await prisma.position.findMany({
    where: { id: { in: input.positionIds } },
    select: { id: true, address: true },
  })
  const addressById = new Map(positions.map((position) => [position.id, position.address]))

  const placements = input.positionIds
    .map((positionId, index) => ({ positionId, tag: input.tags[index] }))
    .filter(
      (placement): placement is { positionId: string; tag: string } =>
        placement.tag !== undefined && !existingTags.has(placement.tag),
    )
  if (placements.length === 0) return 0

  await prisma.$transaction(
    async (tx) => {
      for (const placement of placements) {
        const address = addressById.get(placement.positionId) ?? null
        const plant = await tx.plant.create({
          data: {
            organizationId: input.organizationId,
            batchId: input.batchId,
            tagNumber: placement.tag,
            positionId: placement.positionId,
            address,
          },
        })
        await tx.position.update({
          where: { id: placement.positionId },
          data: { status: 'OCCUPIED' },
        })
        await tx.plantLocationHistory.create({
          data: {
            plantId: plant.id,
            toPositionId: placement.positionId,
            toAddress: address,
            movedById: input.placedById,
            reason: 'PLACEMENT',
          },
        })
      }
    },
    { timeout: 120_000 },
  )
  return placements.length
}
