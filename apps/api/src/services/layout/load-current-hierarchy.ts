// The property's stored hierarchy in the planner's shape: four small queries for buildings,
// rooms, sections and rows, and one for positions with the plant standing on each.
import type { PrismaClient, TransactionClient } from '@growops/db'
import type {
  CurrentBuilding,
  CurrentHierarchy,
  CurrentPosition,
  CurrentRoom,
  CurrentRow,
  CurrentSection,
} from '@growops/domain'

interface PositionRow {
  id: string
  sectionId: string
  row: number
  column: number
  slot: number
  address: string
  plantId: string | null
  plantTag: string | null
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}

export async function loadCurrentHierarchy(
  db: PrismaClient | TransactionClient,
  property: { id: string; code: string },
): Promise<CurrentHierarchy> {
  const inProperty = { propertyId: property.id }
  const [buildings, rooms, sections, rows, positions] = await Promise.all([
    db.building.findMany({
      where: inProperty,
      select: { id: true, code: true, name: true, type: true, layout: true },
      orderBy: { code: 'asc' },
    }),
    db.room.findMany({
      where: { building: inProperty },
      select: { id: true, buildingId: true, code: true, name: true, type: true, layout: true },
      orderBy: { code: 'asc' },
    }),
    db.section.findMany({
      where: { room: { building: inProperty } },
      select: {
        id: true,
        roomId: true,
        code: true,
        name: true,
        type: true,
        spacingInches: true,
        layout: true,
      },
      orderBy: { code: 'asc' },
    }),
    db.row.findMany({
      where: { section: { room: { building: inProperty } } },
      select: { id: true, sectionId: true, number: true },
      orderBy: { number: 'asc' },
    }),
    db.$queryRaw<PositionRow[]>`
      SELECT p.id, p."sectionId", r.number AS row, p."column", p.slot, p.address,
             pl.id AS "plantId", pl."tagNumber" AS "plantTag"
      FROM "Position" p
      JOIN "Row" r ON r.id = p."rowId"
      LEFT JOIN "Plant" pl ON pl."positionId" = p.id
      WHERE p."propertyId" = ${property.id}
      ORDER BY p."sectionId", r.number, p."column", p.slot`,
  ])
  const rowsBySection = groupBy(rows, (row) => row.sectionId)
  const positionsBySection = groupBy(positions, (position) => position.sectionId)
  const sectionsByRoom = groupBy(sections, (section) => section.roomId)
  const roomsByBuilding = groupBy(rooms, (room) => room.buildingId)

  const toPosition = (p: PositionRow): CurrentPosition => ({
    id: p.id,
    row: p.row,
    column: p.column,
    slot: p.slot,
    address: p.address,
    plant: p.plantId !== null ? { id: p.plantId, tag: p.plantTag ?? '' } : null,
  })
  const toSection = ({ roomId: _room, ...section }: (typeof sections)[number]): CurrentSection => ({
    ...section,
    rows: (rowsBySection.get(section.id) ?? []).map(({ id, number }): CurrentRow => ({
      id,
      number,
    })),
    positions: (positionsBySection.get(section.id) ?? []).map(toPosition),
  })
  const toRoom = ({ buildingId: _building, ...room }: (typeof rooms)[number]): CurrentRoom => ({
    ...room,
    sections: (sectionsByRoom.get(room.id) ?? []).map(toSection),
  })
  return {
    propertyCode: property.code,
    buildings: buildings.map((building): CurrentBuilding => ({
      ...building,
      rooms: (roomsByBuilding.get(building.id) ?? []).map(toRoom),
    })),
  }
}
