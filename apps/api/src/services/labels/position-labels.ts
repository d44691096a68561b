// Label data for a room's or a section's positions: every position with its address and QR
// payload, plus the room's and sections' own labels and the sections' grids and stored rects
// (feet) for the printable floor plan. Every query is scoped to the actor's organization.
import type { PrismaClient, SectionType } from '@growops/db'
import {
  addressFormForSectionType,
  DomainError,
  encodeQrPayload,
  StoredLayoutSchema,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { loadRoomFor, type RoomRef } from '../positions/room-access.ts'

/** A rect in feet from a row's stored layout; null when none is stored (or it is unusable). */
export interface PlanRect {
  x: number
  y: number
  width: number
  height: number
}

export interface PositionLabel {
  id: string
  sectionId: string
  address: string
  row: number
  column: number
  slot: number
  payload: string
}

export interface SectionLabel {
  id: string
  code: string
  name: string
  type: SectionType
  form: 'table' | 'rack'
  /** The section's address prefix, e.g. MAIN.GROW1.VEG-A.LEFT. */
  address: string
  payload: string
  rowCount: number
  columnCount: number
  rect: PlanRect | null
}

export interface PositionLabels {
  origin: string
  room: {
    id: string
    code: string
    name: string
    address: string
    payload: string
    rect: PlanRect | null
  }
  sections: SectionLabel[]
  positions: PositionLabel[]
}

function rectOf(layout: unknown): PlanRect | null {
  const parsed = StoredLayoutSchema.safeParse(layout)
  if (!parsed.success) return null
  const { x, y, width, height } = parsed.data
  return { x, y, width, height }
}

async function loadLabels(
  prisma: PrismaClient,
  room: RoomRef,
  origin: string,
  sectionId: string | null,
): Promise<PositionLabels> {
  const sectionWhere = sectionId === null ? { roomId: room.id } : { id: sectionId, roomId: room.id }
  const [roomRow, sections, positions] = await Promise.all([
    prisma.room.findUniqueOrThrow({ where: { id: room.id }, select: { layout: true } }),
    prisma.section.findMany({
      where: sectionWhere,
      select: { id: true, code: true, name: true, type: true, layout: true },
      orderBy: { code: 'asc' },
    }),
    prisma.position.findMany({
      where: { roomId: room.id, ...(sectionId === null ? {} : { sectionId }) },
      select: {
        id: true,
        sectionId: true,
        address: true,
        column: true,
        slot: true,
        row: { select: { number: true } },
        section: { select: { code: true } },
      },
      orderBy: [
        { section: { code: 'asc' } },
        { row: { number: 'asc' } },
        { column: 'asc' },
        { slot: 'asc' },
      ],
    }),
  ])
  const roomAddress = `${room.propertyCode}.${room.buildingCode}.${room.code}`
  const extent = new Map(sections.map((s) => [s.id, { rows: 0, columns: 0 }]))
  for (const position of positions) {
    const size = extent.get(position.sectionId)
    if (!size) continue
    size.rows = Math.max(size.rows, position.row.number)
    size.columns = Math.max(size.columns, position.column)
  }
  return {
    origin,
    room: {
      id: room.id,
      code: room.code,
      name: room.name,
      address: roomAddress,
      payload: encodeQrPayload({ kind: 'r', id: room.id }, origin),
      rect: rectOf(roomRow.layout),
    },
    sections: sections.map((section) => ({
      id: section.id,
      code: section.code,
      name: section.name,
      type: section.type,
      form: addressFormForSectionType(section.type),
      address: `${roomAddress}.${section.code}`,
      payload: encodeQrPayload({ kind: 's', id: section.id }, origin),
      rowCount: extent.get(section.id)?.rows ?? 0,
      columnCount: extent.get(section.id)?.columns ?? 0,
      rect: rectOf(section.layout),
    })),
    positions: positions.map((position) => ({
      id: position.id,
      sectionId: position.sectionId,
      address: position.address,
      row: position.row.number,
      column: position.column,
      slot: position.slot,
      payload: encodeQrPayload({ kind: 'a', id: position.id }, origin),
    })),
  }
}

/** Every position of a room, in grid order, with its QR payload. */
export async function roomLabels(
  prisma: PrismaClient,
  actor: Actor,
  roomId: string,
  origin: string,
): Promise<PositionLabels> {
  const room = await loadRoomFor(prisma, actor, roomId)
  return loadLabels(prisma, room, origin, null)
}

/** Every position of one section, in grid order, with its QR payload. */
export async function sectionLabels(
  prisma: PrismaClient,
  actor: Actor,
  sectionId: string,
  origin: string,
): Promise<PositionLabels> {
  const section = await prisma.section.findFirst({
    where: {
      id: sectionId,
      room: { building: { property: { organizationId: actor.organizationId } } },
    },
    select: { roomId: true },
  })
  if (!section) {
    throw new DomainError('NOT_FOUND', 'No such section in this organization.', {
      entity: 'Section',
      id: sectionId,
    })
  }
  const room = await loadRoomFor(prisma, actor, section.roomId)
  return loadLabels(prisma, room, origin, sectionId)
}
