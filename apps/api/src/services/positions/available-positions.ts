// `position.available`: N free positions of a room or section, contiguous runs first. The
// database gives every position in grid order; the choice is the domain's (AVAIL1–AVAIL4).
import type { PrismaClient } from '@growops/db'
import {
  DomainError,
  isPositionFreeFor,
  selectAvailablePositions,
  type AvailablePositionsInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { loadBatchFor } from '../batches/batch-access.ts'
import { loadRoomFor } from './room-access.ts'

export interface AvailablePositions {
  positions: { id: string; address: string }[]
  contiguous: boolean
}

export async function findAvailablePositions(
  prisma: PrismaClient,
  actor: Actor,
  input: AvailablePositionsInput,
  now = new Date(),
): Promise<AvailablePositions> {
  const room = await loadRoomFor(prisma, actor, input.roomId)
  if (input.batchId) await loadBatchFor(prisma, actor, input.batchId)
  const sections = await prisma.section.findMany({
    where: { roomId: room.id, ...(input.sectionId ? { id: input.sectionId } : {}) },
    select: { id: true },
    orderBy: { code: 'asc' },
  })
  if (input.sectionId && sections.length === 0) {
    throw new DomainError('NOT_FOUND', 'No such section in this room.', {
      entity: 'Section',
      id: input.sectionId,
    })
  }
  const sectionOrder = new Map(sections.map((section, index) => [section.id, index]))
  const positions = await prisma.position.findMany({
    where: { roomId: room.id, ...(input.sectionId ? { sectionId: input.sectionId } : {}) },
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
    },
  })
  positions.sort(
    (a, b) =>
      (sectionOrder.get(a.sectionId) ?? 0) - (sectionOrder.get(b.sectionId) ?? 0) ||
      a.row.number - b.row.number ||
      a.column - b.column ||
      a.slot - b.slot,
  )
  const addressById = new Map(positions.map((position) => [position.id, position.address]))
  const selection = selectAvailablePositions(
    positions.map((position) => ({
      id: position.id,
      sectionId: position.sectionId,
      free: isPositionFreeFor(position, input.batchId ?? null, now),
    })),
    input.count,
  )
  return {
    positions: selection.ids.map((id) => ({ id, address: addressById.get(id) ?? '' })),
    contiguous: selection.contiguous,
  }
}
