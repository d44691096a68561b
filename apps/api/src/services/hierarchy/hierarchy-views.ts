// What the hierarchy procedures answer: one shape per level, shared by list, create,
// update and property.full, so the web codes against one type per level.
import type { Prisma, PrismaClient, TransactionClient } from '@growops/db'
import { addressFormForSectionType, type AddressForm } from '@growops/domain'
import type { Occupancy } from '../positions/occupancy.ts'

export interface PropertyView {
  id: string
  code: string
  name: string
  licenseNumber: string | null
  address: string | null
}

export interface BuildingView {
  id: string
  code: string
  name: string
  type: string
}

export interface RoomView {
  id: string
  code: string
  name: string
  type: string
  metrcLocationName: string | null
}

export interface RoomWithOccupancy extends RoomView {
  occupancy: Occupancy
}

export interface SectionView {
  id: string
  code: string
  name: string
  type: 'FLOOR' | 'TABLE' | 'RACK' | 'HANGER' | 'TRAY'
  spacingInches: number | null
  /** `table` (R/C addresses) or `rack` (L/H). */
  form: AddressForm
  /** Rows, or rack levels. */
  rowCount: number
  /** The widest row's columns (hangers). */
  columnCount: number
  slotsPerPosition: number
  positionCount: number
}

export interface RowView {
  id: string
  number: number
  /** `R3` for a table row, `L3` for a rack level. */
  label: string
  columnCount: number
  slotsPerPosition: number
  positionCount: number
}

export const propertySelect = {
  id: true,
  code: true,
  name: true,
  licenseNumber: true,
  address: true,
} as const satisfies Prisma.PropertySelect

export const buildingSelect = {
  id: true,
  code: true,
  name: true,
  type: true,
} as const satisfies Prisma.BuildingSelect

export const roomSelect = {
  id: true,
  code: true,
  name: true,
  type: true,
  metrcLocationName: true,
} as const satisfies Prisma.RoomSelect

export const sectionSelect = {
  id: true,
  code: true,
  name: true,
  type: true,
  spacingInches: true,
} as const satisfies Prisma.SectionSelect

type SectionRow = Prisma.SectionGetPayload<{ select: typeof sectionSelect }>

/** Grid figures of sections, from grouped counts (two queries however many sections). */
export async function summarizeSections(
  db: PrismaClient | TransactionClient,
  sections: readonly SectionRow[],
  scope: { propertyId: string } | { roomId: string } | { sectionId: string },
): Promise<Map<string, SectionView>> {
  const rowScope: Prisma.RowWhereInput =
    'propertyId' in scope
      ? { section: { room: { building: { propertyId: scope.propertyId } } } }
      : 'roomId' in scope
        ? { section: { roomId: scope.roomId } }
        : { sectionId: scope.sectionId }
  const [positionStats, rowCounts] = await Promise.all([
    db.position.groupBy({
      by: ['sectionId'],
      where: scope,
      _count: { _all: true },
      _max: { column: true, slot: true },
    }),
    db.row.groupBy({ by: ['sectionId'], where: rowScope, _count: { _all: true } }),
  ])
  const statsBySection = new Map(positionStats.map((stat) => [stat.sectionId, stat]))
  const rowsBySection = new Map(rowCounts.map((count) => [count.sectionId, count._count._all]))
  const views = new Map<string, SectionView>()
  for (const section of sections) {
    const stats = statsBySection.get(section.id)
    views.set(section.id, {
      ...section,
      form: addressFormForSectionType(section.type),
      rowCount: rowsBySection.get(section.id) ?? 0,
      columnCount: stats?._max.column ?? 0,
      slotsPerPosition: stats?._max.slot ?? 0,
      positionCount: stats?._count._all ?? 0,
    })
  }
  return views
}

/** One section's view (after a create or an update). */
export async function loadSectionView(
  db: PrismaClient | TransactionClient,
  sectionId: string,
): Promise<SectionView> {
  const section = await db.section.findUniqueOrThrow({
    where: { id: sectionId },
    select: sectionSelect,
  })
  const views = await summarizeSections(db, [section], { sectionId })
  const view = views.get(sectionId)
  if (!view) throw new Error(`section ${sectionId} has no view`)
  return view
}
