import type { Prisma, PrismaClient } from '@growops/db'
import type { ListPlantsInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { visiblePlantWhere } from '../batches/batch-access.ts'
import { PLANT_VIEW_SELECT, toPlantView, type PlantView } from './plant-view.ts'

export interface PlantPage {
  items: PlantView[]
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null
}

/** The plants the actor may see (LIMITED: of assigned batches), by tag, a page at a time. */
export async function listPlants(
  prisma: PrismaClient,
  actor: Actor,
  input: ListPlantsInput,
): Promise<PlantPage> {
  const where: Prisma.PlantWhereInput = {
    ...visiblePlantWhere(actor),
    ...(input.batchId ? { batchId: input.batchId } : {}),
    ...(input.roomId ? { position: { roomId: input.roomId } } : {}),
    ...(input.status ? { status: input.status } : {}),
  }
  const rows = await prisma.plant.findMany({
    where,
    select: PLANT_VIEW_SELECT,
    orderBy: [{ tagNumber: 'asc' }, { id: 'asc' }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  })
  const items = rows.slice(0, input.limit).map(toPlantView)
  return {
    items,
    nextCursor: rows.length > input.limit ? (items[items.length - 1]?.id ?? null) : null,
  }
}
