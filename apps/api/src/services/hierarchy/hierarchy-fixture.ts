// A small facility for the hierarchy tests, built with the seed factories:
// <CODE>.GROW1.VEG-A.LEFT (table 2 × 3), <CODE>.GROW1.VEG-A.RACK1 (rack 2 × 2) and an empty
// room <CODE>.GROW1.EMPTY, with `plants` plants of one batch placed in LEFT (no batch for 0).
import type { PrismaClient } from '@growops/db'
import {
  upsertBuilding,
  upsertProperty,
  upsertRoom,
  upsertSectionWithGrid,
} from '../../../../../prisma/seed/facility.ts'
import { demoPlantTag, placeNewPlants, upsertBatch } from '../../../../../prisma/seed/plants.ts'

export interface SmallFacility {
  propertyId: string
  buildingId: string
  roomId: string
  emptyRoomId: string
  tableId: string
  rackId: string
  rowId: string
  /** Null when no plants were asked for (so the property can be deleted). */
  batchId: string | null
  tags: string[]
}

export async function buildSmallFacility(
  prisma: PrismaClient,
  input: { organizationId: string; code: string; plants: number; placedById: string },
): Promise<SmallFacility> {
  const property = await upsertProperty(prisma, {
    organizationId: input.organizationId,
    code: input.code,
    name: `Property ${input.code}`,
  })
  const building = await upsertBuilding(prisma, {
    propertyId: property.id,
    code: 'GROW1',
    name: 'Grow 1',
    type: 'CULTIVATION',
  })
  const room = await upsertRoom(prisma, {
    buildingId: building.id,
    code: 'VEG-A',
    name: 'Veg A',
    type: 'VEG',
    metrcLocationName: 'GROW1 VEG-A',
  })
  const emptyRoom = await upsertRoom(prisma, {
    buildingId: building.id,
    code: 'EMPTY',
    name: 'Empty',
    type: 'CLONE',
  })
  const at = { property, building, room }
  const table = await upsertSectionWithGrid(prisma, {
    ...at,
    code: 'LEFT',
    name: 'Left',
    type: 'TABLE',
    rows: 2,
    columns: 3,
  })
  const rack = await upsertSectionWithGrid(prisma, {
    ...at,
    code: 'RACK1',
    name: 'Rack 1',
    type: 'RACK',
    rows: 2,
    columns: 2,
  })
  const row = await prisma.row.findFirstOrThrow({ where: { sectionId: table.id, number: 1 } })
  if (input.plants === 0) {
    return {
      propertyId: property.id,
      buildingId: building.id,
      roomId: room.id,
      emptyRoomId: emptyRoom.id,
      tableId: table.id,
      rackId: rack.id,
      rowId: row.id,
      batchId: null,
      tags: [],
    }
  }
  const batch = await upsertBatch(prisma, {
    organizationId: input.organizationId,
    propertyId: property.id,
    name: `B-${input.code}`,
    strain: 'Blue Dream',
    stage: 'VEGETATIVE',
  })
  const positions = await prisma.position.findMany({
    where: { sectionId: table.id },
    orderBy: { address: 'asc' },
    take: input.plants,
  })
  const tags = positions.map((_, index) => demoPlantTag(`1A4${input.code}`, index + 1))
  await placeNewPlants(prisma, {
    organizationId: input.organizationId,
    batchId: batch.id,
    positionIds: positions.map((position) => position.id),
    tags,
    placedById: input.placedById,
  })
  return {
    propertyId: property.id,
    buildingId: building.id,
    roomId: room.id,
    emptyRoomId: emptyRoom.id,
    tableId: table.id,
    rackId: rack.id,
    rowId: row.id,
    batchId: batch.id,
    tags,
  }
}
