// Every position of a room, in grid order, with its effective status and the plant in it.
import type { PlantStatus, PrismaClient, SectionType, BatchStage } from '@growops/db'
import {
  addressFormForSectionType,
  effectivePositionStatus,
  type PositionStatus,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { loadRoomFor } from './room-access.ts'

export interface RoomPositionsSection {
  id: string
  code: string
  name: string
  type: SectionType
  form: 'table' | 'rack'
  rowCount: number
  columnCount: number
}

export interface RoomPositionPlant {
  id: string
  tagNumber: string
  batchId: string
  batchName: string
  stage: BatchStage
  status: PlantStatus
}

export interface RoomPosition {
  id: string
  sectionId: string
  row: number
  column: number
  slot: number
  address: string
  /** Effective (POS1): an expired reservation reads EMPTY. */
  status: PositionStatus
  reservedForBatchId: string | null
  reservedUntil: string | null
  /** Null when empty, or when the plant's batch is not assigned to a LIMITED actor. */
  plant: RoomPositionPlant | null
}

export interface RoomPositions {
  room: { id: string; code: string; name: string; buildingCode: string; propertyCode: string }
  sections: RoomPositionsSection[]
  positions: RoomPosition[]
}

async function assignedBatchIds(prisma: PrismaClient, actor: Actor): Promise<Set<string> | null> {
  if (actor.level !== 'LIMITED') return null
  const rows = await prisma.batchAssignment.findMany({
    where: { userId: actor.userId, batch: { organizationId: actor.organizationId } },
    select: { batchId: true },
  })
  return new Set(rows.map((row) => row.batchId))
}

export async function listRoomPositions(
  prisma: PrismaClient,
  actor: Actor,
  roomId: string,
  now = new Date(),
): Promise<RoomPositions> {
  const room = await loadRoomFor(prisma, actor, roomId)
  const [sections, positions, visibleBatches] = await Promise.all([
    prisma.section.findMany({
      where: { roomId: room.id },
      select: { id: true, code: true, name: true, type: true },
      orderBy: { code: 'asc' },
    }),
    prisma.position.findMany({
      where: { roomId: room.id },
      select: {
        id: true,
        sectionId: true,
        column: true,
        slot: true,
        address: true,
        status: true,
        reservedForBatchId: true,
        reservedUntil: true,
        row: { select: { number: true } },
        plant: {
          select: {
            id: true,
            tagNumber: true,
            status: true,
            batch: { select: { id: true, name: true, stage: true } },
          },
        },
      },
    }),
    assignedBatchIds(prisma, actor),
  ])
  const sectionOrder = new Map(sections.map((section, index) => [section.id, index]))
  const extent = new Map(sections.map((section) => [section.id, { rows: 0, columns: 0 }]))
  const rows: RoomPosition[] = positions.map((position) => {
    const size = extent.get(position.sectionId)
    if (size) {
      size.rows = Math.max(size.rows, position.row.number)
      size.columns = Math.max(size.columns, position.column)
    }
    const plant = position.plant
    const visible = plant && (visibleBatches === null || visibleBatches.has(plant.batch.id))
    const status = effectivePositionStatus(position, now)
    const reserved = status === 'RESERVED'
    return {
      id: position.id,
      sectionId: position.sectionId,
      row: position.row.number,
      column: position.column,
      slot: position.slot,
      address: position.address,
      status,
      reservedForBatchId: reserved ? position.reservedForBatchId : null,
      reservedUntil: reserved ? (position.reservedUntil?.toISOString() ?? null) : null,
      plant: visible
        ? {
            id: plant.id,
            tagNumber: plant.tagNumber,
            batchId: plant.batch.id,
            batchName: plant.batch.name,
            stage: plant.batch.stage,
            status: plant.status,
          }
        : null,
    }
  })
  rows.sort(
    (a, b) =>
      (sectionOrder.get(a.sectionId) ?? 0) - (sectionOrder.get(b.sectionId) ?? 0) ||
      a.row - b.row ||
      a.column - b.column ||
      a.slot - b.slot,
  )
  return {
    room: {
      id: room.id,
      code: room.code,
      name: room.name,
      buildingCode: room.buildingCode,
      propertyCode: room.propertyCode,
    },
    sections: sections.map((section) => ({
      ...section,
      form: addressFormForSectionType(section.type),
      rowCount: extent.get(section.id)?.rows ?? 0,
      columnCount: extent.get(section.id)?.columns ?? 0,
    })),
    positions: rows,
  }
}
