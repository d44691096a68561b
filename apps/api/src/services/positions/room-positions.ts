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

interface PositionRow {
  id: string
  sectionId: string
  row: number
  column: number
  slot: number
  address: string
  status: PositionStatus
  reservedForBatchId: string | null
  reservedUntil: Date | null
  plantId: string | null
  tagNumber: string | null
  plantStatus: PlantStatus | null
  batchId: string | null
  batchName: string | null
  stage: BatchStage | null
  /** For LIMITED actors: whether the plant's batch is assigned to them. */
  visible: boolean
}

function toRoomPosition(position: PositionRow, now: Date): RoomPosition {
  const status = effectivePositionStatus(position, now)
  const reserved = status === 'RESERVED'
  const plant =
    position.plantId !== null && position.batchId !== null && position.visible
      ? {
          id: position.plantId,
          tagNumber: position.tagNumber ?? '',
          batchId: position.batchId,
          batchName: position.batchName ?? '',
          stage: position.stage ?? 'PROPAGATION',
          status: position.plantStatus ?? 'ACTIVE',
        }
      : null
  return {
    id: position.id,
    sectionId: position.sectionId,
    row: position.row,
    column: position.column,
    slot: position.slot,
    address: position.address,
    status,
    reservedForBatchId: reserved ? position.reservedForBatchId : null,
    reservedUntil: reserved ? (position.reservedUntil?.toISOString() ?? null) : null,
    plant,
  }
}

/**
 * Every position of the room with its plant, in grid order (section code, row, column,
 * slot), in one statement: a 10,000-position room is one round trip, not one per relation.
 */
export async function listRoomPositions(
  prisma: PrismaClient,
  actor: Actor,
  roomId: string,
  now = new Date(),
): Promise<RoomPositions> {
  const room = await loadRoomFor(prisma, actor, roomId)
  const limited = actor.level === 'LIMITED'
  const [sections, positions] = await Promise.all([
    prisma.section.findMany({
      where: { roomId: room.id },
      select: { id: true, code: true, name: true, type: true },
      orderBy: { code: 'asc' },
    }),
    prisma.$queryRaw<PositionRow[]>`
      SELECT p.id, p."sectionId", r.number AS row, p."column", p.slot, p.address, p.status,
        p."reservedForBatchId", p."reservedUntil", pl.id AS "plantId", pl."tagNumber",
        pl.status AS "plantStatus", b.id AS "batchId", b.name AS "batchName", b.stage,
        (NOT ${limited} OR EXISTS (
          SELECT 1 FROM "BatchAssignment" ba WHERE ba."batchId" = b.id AND ba."userId" = ${actor.userId}
        )) AS visible
      FROM "Position" p
      JOIN "Row" r ON r.id = p."rowId"
      JOIN "Section" s ON s.id = p."sectionId"
      LEFT JOIN "Plant" pl ON pl."positionId" = p.id
      LEFT JOIN "Batch" b ON b.id = pl."batchId"
      WHERE p."roomId" = ${room.id}
      ORDER BY s.code, r.number, p."column", p.slot`,
  ])
  const extent = new Map(sections.map((section) => [section.id, { rows: 0, columns: 0 }]))
  for (const position of positions) {
    const size = extent.get(position.sectionId)
    if (!size) continue
    size.rows = Math.max(size.rows, position.row)
    size.columns = Math.max(size.columns, position.column)
  }
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
    positions: positions.map((position) => toRoomPosition(position, now)),
  }
}
