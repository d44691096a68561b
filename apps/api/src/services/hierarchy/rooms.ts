// Rooms of a building: address segment 3, and the Metrc Location a room reports as.
import type { PrismaClient } from '@growops/db'
import {
  defaultMetrcLocationName,
  type BuildingIdInput,
  type RoomCreateInput,
  type RoomIdInput,
  type RoomUpdateInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { deleteBranchAudited, readdressIfRenamed } from './branch-changes.ts'
import { countOccupancyByRoom, emptyOccupancy } from '../positions/occupancy.ts'
import { refuseTakenCode, type CodeClash } from './branch-guards.ts'
import { BRANCH_TRANSACTION } from './branch-transaction.ts'
import type { Removed } from './delete-branch.ts'
import { lockBuilding, lockRoom, notFound } from './hierarchy-chain.ts'
import { roomSelect, type RoomView, type RoomWithOccupancy } from './hierarchy-views.ts'
import type { Readdressed } from './readdress-beneath.ts'

export async function listRooms(
  prisma: PrismaClient,
  actor: Actor,
  input: BuildingIdInput,
): Promise<RoomWithOccupancy[]> {
  const building = await prisma.building.findFirst({
    where: { id: input.buildingId, property: { organizationId: actor.organizationId } },
    select: { id: true },
  })
  if (!building) throw notFound('Building', input.buildingId)
  const rooms = await prisma.room.findMany({
    where: { buildingId: building.id },
    select: roomSelect,
    orderBy: { code: 'asc' },
  })
  const occupancy = await countOccupancyByRoom(prisma, {
    organizationId: actor.organizationId,
    roomIds: rooms.map((room) => room.id),
  })
  return rooms.map((room) => ({ ...room, occupancy: occupancy.get(room.id) ?? emptyOccupancy() }))
}

export function createRoom(
  prisma: PrismaClient,
  actor: Actor,
  input: RoomCreateInput,
): Promise<RoomView> {
  let clash: CodeClash | null = null
  return refuseTakenCode(
    () =>
      prisma.$transaction(async (tx) => {
        const building = await lockBuilding(tx, actor, input.buildingId, 'share')
        clash = {
          level: 'room',
          code: input.code,
          parent: `building ${building.propertyCode}.${building.code}`,
        }
        const room = await tx.room.create({
          data: {
            buildingId: building.id,
            code: input.code,
            name: input.name,
            type: input.type,
            metrcLocationName:
              input.metrcLocationName ?? defaultMetrcLocationName(building.code, input.code),
          },
          select: roomSelect,
        })
        await appendAuditEntry(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'room.create',
          entityType: 'Room',
          entityId: room.id,
          after: { ...room, buildingId: building.id },
        })
        return room
      }),
    () => clash,
  )
}

export function updateRoom(
  prisma: PrismaClient,
  actor: Actor,
  input: RoomUpdateInput,
): Promise<RoomView & { readdressed: Readdressed }> {
  let clash: CodeClash | null = null
  return refuseTakenCode(
    () =>
      prisma.$transaction(async (tx) => {
        const before = await lockRoom(tx, actor, input.roomId, 'update')
        const code = input.code ?? before.code
        if (input.code !== undefined) {
          clash = {
            level: 'room',
            code,
            parent: `building ${before.propertyCode}.${before.buildingCode}`,
          }
        }
        const room = await tx.room.update({
          where: { id: before.id },
          data: {
            code: input.code,
            name: input.name,
            type: input.type,
            // A code rename keeps the Metrc name (HIER5); clearing it restores the default.
            metrcLocationName:
              input.metrcLocationName === null
                ? defaultMetrcLocationName(before.buildingCode, code)
                : input.metrcLocationName,
          },
          select: roomSelect,
        })
        const readdressed = await readdressIfRenamed(
          tx,
          actor,
          { entityType: 'Room', id: before.id, level: 'room' },
          { before: before.code, after: input.code },
        )
        await appendAuditEntry(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'room.update',
          entityType: 'Room',
          entityId: room.id,
          before,
          after: { ...room, readdressed },
        })
        return { ...room, readdressed }
      }, BRANCH_TRANSACTION),
    () => clash,
  )
}

export function deleteRoom(
  prisma: PrismaClient,
  actor: Actor,
  input: RoomIdInput,
): Promise<{ id: string; removed: Removed }> {
  return prisma.$transaction(async (tx) => {
    const room = await lockRoom(tx, actor, input.roomId, 'update')
    return deleteBranchAudited(tx, actor, {
      entityType: 'Room',
      id: room.id,
      label: `Room ${room.propertyCode}.${room.buildingCode}.${room.code}`,
      action: 'room.delete',
      before: room,
    })
  }, BRANCH_TRANSACTION)
}
