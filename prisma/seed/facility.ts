// Factories for the Property → Building → Room → Section → Row → Position hierarchy.
// Idempotent: each upserts by its unique sibling code, so seeding twice changes nothing.
import type { BuildingType, RoomType, SectionType, TransactionClient as Db } from '@growops/db'
import { generateSectionAddresses } from '@growops/domain'

type Layout = { x: number; y: number; width: number; height: number }

export async function upsertProperty(
  prisma: Db,
  input: {
    organizationId: string
    code: string
    name: string
    licenseNumber?: string
    address?: string
  },
) {
  return prisma.property.upsert({
    where: { organizationId_code: { organizationId: input.organizationId, code: input.code } },
    update: {},
    create: input,
  })
}

export async function upsertBuilding(
  prisma: Db,
  input: { propertyId: string; code: string; name: string; type: BuildingType; layout?: Layout },
) {
  return prisma.building.upsert({
    where: { propertyId_code: { propertyId: input.propertyId, code: input.code } },
    update: {},
    create: input,
  })
}

export async function upsertRoom(
  prisma: Db,
  input: {
    buildingId: string
    code: string
    name: string
    type: RoomType
    metrcLocationName?: string
    layout?: Layout
  },
) {
  return prisma.room.upsert({
    where: { buildingId_code: { buildingId: input.buildingId, code: input.code } },
    update: {},
    create: input,
  })
}

export interface SectionInput {
  property: { id: string; code: string }
  building: { code: string }
  room: { id: string; code: string }
  code: string
  name: string
  type: SectionType
  /** Table rows or rack levels. */
  rows: number
  /** Table columns or rack hangers per level. */
  columns: number
  slotsPerPosition?: number
  spacingInches?: number
  layout?: Layout
}

/** A section with its rows and positions, addressed by the domain's address format. */
export async function upsertSectionWithGrid(prisma: Db, input: SectionInput) {
  const section = await prisma.section.upsert({
    where: { roomId_code: { roomId: input.room.id, code: input.code } },
    update: {},
    create: {
      roomId: input.room.id,
      code: input.code,
      name: input.name,
      type: input.type,
      spacingInches: input.spacingInches ?? null,
      ...(input.layout ? { layout: input.layout } : {}),
    },
  })
  const cells = generateSectionAddresses(
    {
      property: input.property.code,
      building: input.building.code,
      room: input.room.code,
      section: input.code,
    },
    input.type,
    { rows: input.rows, columns: input.columns, slotsPerPosition: input.slotsPerPosition ?? 1 },
  )

  await prisma.row.createMany({
    data: Array.from({ length: input.rows }, (_, index) => ({
      sectionId: section.id,
      number: index + 1,
    })),
    skipDuplicates: true,
  })
  const rows = await prisma.row.findMany({
    where: { sectionId: section.id },
    select: { id: true, number: true },
  })
  const rowIdByNumber = new Map(rows.map((row) => [row.number, row.id]))

  await prisma.position.createMany({
    data: cells.map((cell) => {
      const rowId = rowIdByNumber.get(cell.row)
      if (!rowId) throw new Error(`row ${cell.row} of ${input.code} was not created`)
      return {
        rowId,
        sectionId: section.id,
        roomId: input.room.id,
        propertyId: input.property.id,
        column: cell.column,
        slot: cell.slot,
        address: cell.address,
      }
    }),
    skipDuplicates: true,
  })
  return section
}
