// The occupancy overlay of the canvas: every position's live status and batch, grouped by
// section, in one statement over Position(propertyId) plus one for the batches' names.
import type { PositionStatus, PrismaClient } from '@growops/db'
import {
  accessLevel,
  batchColour,
  effectivePositionStatus,
  OCCUPANCY_STATUS_CODES,
  readStoredLayout,
  type LayoutOccupancy,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { findLayoutProperty } from './layout-property.ts'

interface CellRow {
  sectionId: string
  layout: unknown
  row: number
  column: number
  slot: number
  status: PositionStatus
  reservedForBatchId: string | null
  reservedUntil: Date | null
  plantBatchId: string | null
}

type Section = LayoutOccupancy['sections'][number]

/** Null: every batch may be named; otherwise the batches assigned to a LIMITED actor. */
async function visibleBatches(prisma: PrismaClient, actor: Actor): Promise<Set<string> | null> {
  if (accessLevel(actor.role, 'CULTIVATION_OPS') !== 'LIMITED') return null
  const assignments = await prisma.batchAssignment.findMany({
    where: { userId: actor.userId, batch: { organizationId: actor.organizationId } },
    select: { batchId: true },
  })
  return new Set(assignments.map((a) => a.batchId))
}

export async function layoutOccupancy(
  prisma: PrismaClient,
  actor: Actor,
  propertyId: string,
  now = new Date(),
): Promise<LayoutOccupancy> {
  const property = await findLayoutProperty(prisma, actor, propertyId)
  const cells = await prisma.$queryRaw<CellRow[]>`
    SELECT p."sectionId", s.layout, r.number AS row, p."column", p.slot, p.status,
           p."reservedForBatchId", p."reservedUntil", pl."batchId" AS "plantBatchId"
    FROM "Position" p
    JOIN "Row" r ON r.id = p."rowId"
    JOIN "Section" s ON s.id = p."sectionId"
    LEFT JOIN "Plant" pl ON pl."positionId" = p.id
    WHERE p."propertyId" = ${property.id}
    ORDER BY p."sectionId", r.number, p."column", p.slot`
  // STAFF's cultivation access is LIMITED: like room.positions, batches not assigned to
  // them are not named (the cell still shows its status).
  const visible = await visibleBatches(prisma, actor)
  const batchIndex = new Map<string, number>()
  const indexOf = (batchId: string | null): number => {
    if (batchId === null || (visible !== null && !visible.has(batchId))) return -1
    const known = batchIndex.get(batchId)
    if (known !== undefined) return known
    batchIndex.set(batchId, batchIndex.size)
    return batchIndex.size - 1
  }
  const sections = new Map<string, Section>()
  for (const cell of cells) {
    let section = sections.get(cell.sectionId)
    if (!section) {
      section = {
        sectionId: cell.sectionId,
        key: readStoredLayout(cell.layout)?.key ?? null,
        cells: [],
      }
      sections.set(cell.sectionId, section)
    }
    const status = effectivePositionStatus(cell, now)
    const batchId =
      status === 'OCCUPIED'
        ? cell.plantBatchId
        : status === 'RESERVED'
          ? cell.reservedForBatchId
          : null
    section.cells.push([
      cell.row,
      cell.column,
      cell.slot,
      OCCUPANCY_STATUS_CODES[status],
      indexOf(batchId),
    ])
  }
  const ids = [...batchIndex.keys()]
  const batches =
    ids.length === 0
      ? []
      : await prisma.batch.findMany({
          where: { id: { in: ids }, organizationId: actor.organizationId },
          select: { id: true, name: true },
        })
  const names = new Map(batches.map((b) => [b.id, b.name]))
  return {
    generatedAt: now.toISOString(),
    batches: ids.map((id) => ({ id, code: names.get(id) ?? '', colour: batchColour(id) })),
    sections: [...sections.values()],
  }
}
