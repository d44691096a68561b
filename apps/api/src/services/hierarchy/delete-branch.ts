// Removes a hierarchy entity and everything beneath it, bottom up, one statement per level.
// The caller has locked the entity and refused when plants are beneath it.
import type { Prisma, TransactionClient } from '@growops/db'
import { deletePositionsBeneath } from './branch-guards.ts'
import type { Beneath } from './positions-beneath.ts'

export interface Removed {
  buildings: number
  rooms: number
  sections: number
  rows: number
  positions: number
}

interface LevelFilters {
  rows: Prisma.RowWhereInput
  sections: Prisma.SectionWhereInput | null
  rooms: Prisma.RoomWhereInput | null
  buildings: Prisma.BuildingWhereInput | null
}

function filtersBeneath(entity: Beneath): LevelFilters {
  const id = entity.id
  switch (entity.entityType) {
    case 'Property':
      return {
        rows: { section: { room: { building: { propertyId: id } } } },
        sections: { room: { building: { propertyId: id } } },
        rooms: { building: { propertyId: id } },
        buildings: { propertyId: id },
      }
    case 'Building':
      return {
        rows: { section: { room: { buildingId: id } } },
        sections: { room: { buildingId: id } },
        rooms: { buildingId: id },
        buildings: { id },
      }
    case 'Room':
      return {
        rows: { section: { roomId: id } },
        sections: { roomId: id },
        rooms: { id },
        buildings: null,
      }
    case 'Section':
      return { rows: { sectionId: id }, sections: { id }, rooms: null, buildings: null }
    case 'Row':
      return { rows: { id }, sections: null, rooms: null, buildings: null }
  }
}

/** Deletes `entity` (unless it is a property: the caller does that last) and all beneath it. */
export async function deleteBranch(tx: TransactionClient, entity: Beneath): Promise<Removed> {
  const filters = filtersBeneath(entity)
  const positions = await deletePositionsBeneath(tx, entity)
  const rows = (await tx.row.deleteMany({ where: filters.rows })).count
  const sections = filters.sections
    ? (await tx.section.deleteMany({ where: filters.sections })).count
    : 0
  const rooms = filters.rooms ? (await tx.room.deleteMany({ where: filters.rooms })).count : 0
  const buildings = filters.buildings
    ? (await tx.building.deleteMany({ where: filters.buildings })).count
    : 0
  return { buildings, rooms, sections, rows, positions }
}
