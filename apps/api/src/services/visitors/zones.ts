// Access zones (VIS8): named sets of a property's layout rooms that visits are allowed into, with
// an optional capacity. Any member lists them with live counts; COMPLIANCE write changes them.
import { isUniqueViolation, type PrismaClient, type TransactionClient } from '@growops/db'
import {
  computeZoneOccupancy,
  DomainError,
  type ZoneCreateInput,
  type ZoneUpdateInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { loadVisitorProperty, type VisitorMember } from './visitor-access.ts'

const zoneSelect = {
  id: true,
  propertyId: true,
  code: true,
  name: true,
  capacity: true,
  escortRequired: true,
  rooms: {
    select: {
      room: {
        select: { id: true, code: true, name: true, building: { select: { code: true } } },
      },
    },
  },
} as const

async function zoneRows(db: PrismaClient | TransactionClient, where: { propertyId: string }) {
  return db.accessZone.findMany({ where, select: zoneSelect, orderBy: { code: 'asc' } })
}
type ZoneRow = Awaited<ReturnType<typeof zoneRows>>[number]

function zoneFields(row: ZoneRow) {
  return {
    id: row.id,
    propertyId: row.propertyId,
    code: row.code,
    name: row.name,
    capacity: row.capacity,
    escortRequired: row.escortRequired,
    rooms: row.rooms
      .map(({ room }) => ({
        id: room.id,
        code: room.code,
        name: room.name,
        buildingCode: room.building.code,
      }))
      .sort((a, b) => `${a.buildingCode}.${a.code}`.localeCompare(`${b.buildingCode}.${b.code}`)),
  }
}

/** A property's zones with their rooms and who is in each now (VIS7). */
export async function listZones(prisma: PrismaClient, member: VisitorMember, propertyId: string) {
  await loadVisitorProperty(prisma, member, propertyId)
  const [rows, onSite] = await Promise.all([
    zoneRows(prisma, { propertyId }),
    prisma.visit.findMany({
      where: { propertyId, status: 'CHECKED_IN' },
      select: { status: true, currentZoneId: true },
    }),
  ])
  const summary = computeZoneOccupancy(rows, onSite)
  return {
    zones: rows.map((row, index) => {
      const occupancy = summary.zones[index]
      return {
        ...zoneFields(row),
        count: occupancy?.count ?? 0,
        available: occupancy?.available ?? null,
        full: occupancy?.full ?? false,
      }
    }),
    unzoned: summary.unzoned,
    total: summary.total,
  }
}

async function assertRoomsOfProperty(
  tx: TransactionClient,
  propertyId: string,
  roomIds: readonly string[],
): Promise<void> {
  if (roomIds.length === 0) return
  const found = await tx.room.count({
    where: { id: { in: [...roomIds] }, building: { propertyId } },
  })
  if (found !== roomIds.length) {
    throw new DomainError('VALIDATION.FAILED', 'A chosen room is not a room of this property.', {
      field: 'roomIds',
    })
  }
}

function codeTaken(code: string): DomainError {
  return new DomainError(
    'HIERARCHY.CODE_TAKEN',
    `Zone code ${code} is already used at this property. Choose another code.`,
    { level: 'zone', code },
  )
}

async function refuseTakenCode<T>(code: () => string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken(code())
    throw error
  }
}

export async function createZone(prisma: PrismaClient, actor: Actor, input: ZoneCreateInput) {
  await loadVisitorProperty(prisma, actor, input.propertyId)
  return refuseTakenCode(
    () => input.code,
    () =>
      prisma.$transaction(async (tx) => {
        await assertRoomsOfProperty(tx, input.propertyId, input.roomIds)
        const zone = await tx.accessZone.create({
          data: {
            organizationId: actor.organizationId,
            propertyId: input.propertyId,
            code: input.code,
            name: input.name,
            capacity: input.capacity,
            escortRequired: input.escortRequired,
            rooms: { create: input.roomIds.map((roomId) => ({ roomId })) },
          },
          select: zoneSelect,
        })
        const view = zoneFields(zone)
        await appendAuditEntry(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'visitorZone.create',
          entityType: 'AccessZone',
          entityId: zone.id,
          after: { ...view, rooms: input.roomIds },
        })
        return view
      }),
  )
}

async function loadZone(db: PrismaClient | TransactionClient, actor: Actor, zoneId: string) {
  const zone = await db.accessZone.findFirst({
    where: { id: zoneId, organizationId: actor.organizationId },
    select: zoneSelect,
  })
  if (!zone) {
    throw new DomainError('NOT_FOUND', 'No such zone in this organization.', {
      entity: 'AccessZone',
      id: zoneId,
    })
  }
  return zone
}

export async function updateZone(prisma: PrismaClient, actor: Actor, input: ZoneUpdateInput) {
  const before = zoneFields(await loadZone(prisma, actor, input.zoneId))
  return refuseTakenCode(
    () => input.code ?? before.code,
    () =>
      prisma.$transaction(async (tx) => {
        if (input.roomIds) {
          await assertRoomsOfProperty(tx, before.propertyId, input.roomIds)
          await tx.accessZoneRoom.deleteMany({ where: { zoneId: before.id } })
          await tx.accessZoneRoom.createMany({
            data: input.roomIds.map((roomId) => ({ zoneId: before.id, roomId })),
          })
        }
        const zone = await tx.accessZone.update({
          where: { id: before.id },
          data: {
            code: input.code,
            name: input.name,
            capacity: input.capacity,
            escortRequired: input.escortRequired,
          },
          select: zoneSelect,
        })
        const after = zoneFields(zone)
        await appendAuditEntry(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'visitorZone.update',
          entityType: 'AccessZone',
          entityId: zone.id,
          before: { ...before, rooms: before.rooms.map((room) => room.id) },
          after: { ...after, rooms: after.rooms.map((room) => room.id) },
        })
        return after
      }),
  )
}

/** Removes a zone nobody is in; visits that were allowed into it lose that zone. */
export async function removeZone(prisma: PrismaClient, actor: Actor, zoneId: string) {
  const before = zoneFields(await loadZone(prisma, actor, zoneId))
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "AccessZone" WHERE "id" = ${zoneId} FOR UPDATE`
    const inside = await tx.visit.count({ where: { currentZoneId: zoneId, status: 'CHECKED_IN' } })
    if (inside > 0) {
      throw new DomainError(
        'VISIT.ZONE_OCCUPIED',
        `${inside} visitor(s) are in ${before.name} now. Move them or check them out first.`,
        { zoneId, count: inside },
      )
    }
    await tx.accessZone.delete({ where: { id: zoneId } })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'visitorZone.delete',
      entityType: 'AccessZone',
      entityId: zoneId,
      before: { ...before, rooms: before.rooms.map((room) => room.id) },
    })
  })
  return { zoneId }
}
