// `scan.resolve`: what a scanned label or typed tag/address refers to, with what the phone shows
// (QR7). Each kind is one or two indexed lookups scoped to the organization; anything unknown
// or of another organization is the same NOT_FOUND.
import type { PrismaClient } from '@growops/db'
import {
  DomainError,
  effectivePositionStatus,
  isHangerSectionType,
  parseScanInput,
  roundGrams,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { assertBatchAssigned } from '../batches/batch-access.ts'
import { openTasksOfPlant } from '../tasks/scan-tasks.ts'
import { countOccupancyByRoom, emptyOccupancy, type Occupancy } from '../positions/occupancy.ts'
import type { ScanPlantSummary, ScanPositionView, ScanResolution } from './scan-views.ts'

const HISTORY_SHOWN = 5

function nothingThere(kind: string): DomainError {
  return new DomainError('NOT_FOUND', 'Nothing with this label or tag in this organization.', {
    entity: 'Scan',
    kind,
  })
}

const POSITION_SELECT = {
  id: true,
  address: true,
  status: true,
  reservedForBatchId: true,
  reservedUntil: true,
  propertyId: true,
  room: { select: { id: true, code: true, name: true, type: true } },
  section: { select: { id: true, code: true, name: true, type: true } },
} as const

const PLANT_SUMMARY_SELECT = {
  id: true,
  tagNumber: true,
  status: true,
  harvestedAt: true,
  batch: { select: { id: true, name: true, strain: true, stage: true } },
} as const

type PositionRow = {
  id: string
  address: string
  status: ScanPositionView['status']
  reservedForBatchId: string | null
  reservedUntil: Date | null
  propertyId: string
  room: ScanPositionView['room']
  section: ScanPositionView['section']
}

function positionView(row: PositionRow, now: Date): ScanPositionView {
  return {
    id: row.id,
    address: row.address,
    status: effectivePositionStatus(row, now),
    propertyId: row.propertyId,
    room: row.room,
    section: row.section,
    isHanger: isHangerSectionType(row.section.type),
  }
}

function plantSummary(row: {
  id: string
  tagNumber: string
  status: ScanPlantSummary['status']
  harvestedAt: Date | null
  batch: ScanPlantSummary['batch']
}): ScanPlantSummary {
  return {
    id: row.id,
    tagNumber: row.tagNumber,
    status: row.status,
    harvestedAt: row.harvestedAt?.toISOString() ?? null,
    batch: row.batch,
  }
}

async function resolvePlant(
  prisma: PrismaClient,
  actor: Actor,
  tagNumber: string,
  now: Date,
): Promise<ScanResolution> {
  const plant = await prisma.plant.findUnique({
    where: { organizationId_tagNumber: { organizationId: actor.organizationId, tagNumber } },
    select: {
      ...PLANT_SUMMARY_SELECT,
      position: { select: POSITION_SELECT },
      history: {
        orderBy: [{ movedAt: 'desc' }, { id: 'desc' }],
        take: HISTORY_SHOWN,
        select: { fromAddress: true, toAddress: true, movedAt: true, reason: true },
      },
    },
  })
  if (!plant) throw nothingThere('plant')
  await assertBatchAssigned(prisma, actor, plant.batch)
  return {
    kind: 'plant',
    plant: plantSummary(plant),
    position: plant.position ? positionView(plant.position, now) : null,
    history: plant.history.map((entry) => ({ ...entry, movedAt: entry.movedAt.toISOString() })),
    openTasks: await openTasksOfPlant(prisma, actor, {
      positionId: plant.position?.id ?? null,
      batchId: plant.batch.id,
    }),
  }
}

async function resolvePosition(
  prisma: PrismaClient,
  actor: Actor,
  where: { id: string } | { address: string },
  now: Date,
): Promise<ScanResolution> {
  const propertyCode =
    'address' in where ? where.address.slice(0, where.address.indexOf('.')) : null
  const position = await prisma.position.findFirst({
    where: {
      ...where,
      property: {
        organizationId: actor.organizationId,
        ...(propertyCode ? { code: propertyCode } : {}),
      },
    },
    select: {
      ...POSITION_SELECT,
      plant: {
        select: {
          ...PLANT_SUMMARY_SELECT,
          batch: {
            select: {
              ...PLANT_SUMMARY_SELECT.batch.select,
              assignments: { where: { userId: actor.userId }, select: { userId: true } },
            },
          },
        },
      },
    },
  })
  if (!position) throw nothingThere('position')
  const plant = position.plant
  const hidden = plant !== null && actor.level === 'LIMITED' && plant.batch.assignments.length === 0
  const shown =
    plant && !hidden
      ? plantSummary({
          ...plant,
          batch: {
            id: plant.batch.id,
            name: plant.batch.name,
            strain: plant.batch.strain,
            stage: plant.batch.stage,
          },
        })
      : null
  return {
    kind: 'position',
    position: positionView(position, now),
    plant: shown,
    plantHidden: hidden,
  }
}

async function sectionOccupancy(
  prisma: PrismaClient,
  sectionId: string,
  now: Date,
): Promise<Occupancy> {
  const rows = await prisma.position.findMany({
    where: { sectionId },
    select: { status: true, reservedForBatchId: true, reservedUntil: true },
  })
  const occupancy = emptyOccupancy()
  const field = {
    EMPTY: 'empty',
    OCCUPIED: 'occupied',
    RESERVED: 'reserved',
    DAMAGED: 'damaged',
  } as const
  for (const row of rows) {
    occupancy[field[effectivePositionStatus(row, now)]] += 1
    occupancy.total += 1
  }
  return occupancy
}

const ROOM_WITH_PATH = {
  id: true,
  code: true,
  name: true,
  type: true,
  building: { select: { code: true, property: { select: { id: true, code: true } } } },
} as const

async function resolveSection(
  prisma: PrismaClient,
  actor: Actor,
  id: string,
  now: Date,
): Promise<ScanResolution> {
  const section = await prisma.section.findFirst({
    where: { id, room: { building: { property: { organizationId: actor.organizationId } } } },
    select: { id: true, code: true, name: true, type: true, room: { select: ROOM_WITH_PATH } },
  })
  if (!section) throw nothingThere('section')
  const { building, ...room } = section.room
  return {
    kind: 'section',
    section: {
      id: section.id,
      code: section.code,
      name: section.name,
      type: section.type,
      addressPrefix: [building.property.code, building.code, room.code, section.code].join('.'),
      propertyId: building.property.id,
      room,
    },
    occupancy: await sectionOccupancy(prisma, section.id, now),
  }
}

async function resolveRoom(
  prisma: PrismaClient,
  actor: Actor,
  id: string,
  now: Date,
): Promise<ScanResolution> {
  const found = await prisma.room.findFirst({
    where: { id, building: { property: { organizationId: actor.organizationId } } },
    select: {
      ...ROOM_WITH_PATH,
      sections: {
        orderBy: { code: 'asc' },
        select: { id: true, code: true, name: true, type: true },
      },
    },
  })
  if (!found) throw nothingThere('room')
  const { building, sections, ...room } = found
  const occupancy = await countOccupancyByRoom(
    prisma,
    { organizationId: actor.organizationId, roomIds: [room.id] },
    now,
  )
  return {
    kind: 'room',
    room: {
      ...room,
      addressPrefix: [building.property.code, building.code, room.code].join('.'),
      propertyId: building.property.id,
    },
    sections,
    occupancy: occupancy.get(room.id) ?? emptyOccupancy(),
  }
}

async function resolveBatch(
  prisma: PrismaClient,
  actor: Actor,
  id: string,
): Promise<ScanResolution> {
  const batch = await prisma.batch.findFirst({
    where: { id, organizationId: actor.organizationId },
    select: { id: true, name: true, strain: true, stage: true, propertyId: true },
  })
  if (!batch) throw nothingThere('batch')
  await assertBatchAssigned(prisma, actor, batch)
  const [byStatus, placed, wet] = await Promise.all([
    prisma.plant.groupBy({ by: ['status'], where: { batchId: id }, _count: { _all: true } }),
    prisma.plant.count({ where: { batchId: id, status: 'ACTIVE', positionId: { not: null } } }),
    prisma.weightLog.aggregate({ where: { batchId: id, kind: 'WET' }, _sum: { grams: true } }),
  ])
  const count = (status: string) =>
    byStatus.find((group) => group.status === status)?._count._all ?? 0
  return {
    kind: 'batch',
    batch,
    counts: { active: count('ACTIVE'), placed, harvested: count('HARVESTED') },
    wetGrams: roundGrams(wet._sum.grams ?? 0),
  }
}

export async function resolveScan(
  prisma: PrismaClient,
  actor: Actor,
  text: string,
  now = new Date(),
): Promise<ScanResolution> {
  const input = parseScanInput(text)
  if (input.source === 'tag') return resolvePlant(prisma, actor, input.tag, now)
  if (input.source === 'address') {
    return resolvePosition(prisma, actor, { address: input.address }, now)
  }
  const payload = input.payload
  switch (payload.kind) {
    case 'p':
      return resolvePlant(prisma, actor, payload.tag, now)
    case 'a':
      return resolvePosition(prisma, actor, { id: payload.id }, now)
    case 's':
      return resolveSection(prisma, actor, payload.id, now)
    case 'r':
      return resolveRoom(prisma, actor, payload.id, now)
    case 'b':
      return resolveBatch(prisma, actor, payload.id)
    case 'v':
      throw new DomainError(
        'QR.INVALID',
        'This is a visitor badge: check the visitor out on the visitors page or at the kiosk.',
        { reason: 'VISITOR_BADGE' },
      )
  }
}
