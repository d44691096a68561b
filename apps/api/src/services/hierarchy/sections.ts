// Sections of a room (tables, racks…): address segment 4, with their rows and positions.
import type { PrismaClient } from '@growops/db'
import {
  generateSectionAddresses,
  type RoomIdInput,
  type SectionCreateInput,
  type SectionIdInput,
  type SectionUpdateInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { deleteBranchAudited, readdressIfRenamed } from './branch-changes.ts'
import { refuseTakenCode, type CodeClash } from './branch-guards.ts'
import { BRANCH_TRANSACTION } from './branch-transaction.ts'
import type { Removed } from './delete-branch.ts'
import { lockRoom, lockSection, notFound } from './hierarchy-chain.ts'
import {
  loadSectionView,
  sectionSelect,
  summarizeSections,
  type SectionView,
} from './hierarchy-views.ts'
import { insertPositions } from './insert-positions.ts'
import type { Readdressed } from './readdress-beneath.ts'

export async function listSections(
  prisma: PrismaClient,
  actor: Actor,
  input: RoomIdInput,
): Promise<SectionView[]> {
  const room = await prisma.room.findFirst({
    where: { id: input.roomId, building: { property: { organizationId: actor.organizationId } } },
    select: { id: true },
  })
  if (!room) throw notFound('Room', input.roomId)
  const sections = await prisma.section.findMany({
    where: { roomId: room.id },
    select: sectionSelect,
    orderBy: { code: 'asc' },
  })
  const views = await summarizeSections(prisma, sections, { roomId: room.id })
  return sections.flatMap((section) => views.get(section.id) ?? [])
}

export function createSection(
  prisma: PrismaClient,
  actor: Actor,
  input: SectionCreateInput,
): Promise<SectionView> {
  let clash: CodeClash | null = null
  return refuseTakenCode(
    () =>
      prisma.$transaction(async (tx) => {
        const room = await lockRoom(tx, actor, input.roomId, 'share')
        clash = {
          level: 'section',
          code: input.code,
          parent: `room ${room.propertyCode}.${room.buildingCode}.${room.code}`,
        }
        const cells = generateSectionAddresses(
          {
            property: room.propertyCode,
            building: room.buildingCode,
            room: room.code,
            section: input.code,
          },
          input.type,
          { rows: input.rows, columns: input.columns, slotsPerPosition: input.slotsPerPosition },
        )
        const section = await tx.section.create({
          data: {
            roomId: room.id,
            code: input.code,
            name: input.name,
            type: input.type,
            spacingInches: input.spacingInches ?? null,
          },
          select: { id: true },
        })
        const rows = await tx.row.createManyAndReturn({
          data: Array.from({ length: input.rows }, (_, index) => ({
            sectionId: section.id,
            number: index + 1,
          })),
          select: { id: true, number: true },
        })
        await insertPositions(
          tx,
          {
            propertyId: room.propertyId,
            roomId: room.id,
            sectionId: section.id,
            rowIdByNumber: new Map(rows.map((row) => [row.number, row.id])),
          },
          cells,
        )
        const view = await loadSectionView(tx, section.id)
        await appendAuditEntry(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'section.create',
          entityType: 'Section',
          entityId: section.id,
          after: { ...view, roomId: room.id },
        })
        return view
      }, BRANCH_TRANSACTION),
    () => clash,
  )
}

export function updateSection(
  prisma: PrismaClient,
  actor: Actor,
  input: SectionUpdateInput,
): Promise<SectionView & { readdressed: Readdressed }> {
  let clash: CodeClash | null = null
  return refuseTakenCode(
    () =>
      prisma.$transaction(async (tx) => {
        const before = await lockSection(tx, actor, input.sectionId, 'update')
        if (input.code !== undefined) {
          clash = {
            level: 'section',
            code: input.code,
            parent: `room ${before.propertyCode}.${before.buildingCode}.${before.roomCode}`,
          }
        }
        await tx.section.update({
          where: { id: before.id },
          data: { code: input.code, name: input.name, spacingInches: input.spacingInches },
        })
        const readdressed = await readdressIfRenamed(
          tx,
          actor,
          { entityType: 'Section', id: before.id, level: 'section' },
          { before: before.code, after: input.code },
        )
        const view = await loadSectionView(tx, before.id)
        await appendAuditEntry(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'section.update',
          entityType: 'Section',
          entityId: before.id,
          before,
          after: { ...view, readdressed },
        })
        return { ...view, readdressed }
      }, BRANCH_TRANSACTION),
    () => clash,
  )
}

export function deleteSection(
  prisma: PrismaClient,
  actor: Actor,
  input: SectionIdInput,
): Promise<{ id: string; removed: Removed }> {
  return prisma.$transaction(async (tx) => {
    const section = await lockSection(tx, actor, input.sectionId, 'update')
    return deleteBranchAudited(tx, actor, {
      entityType: 'Section',
      id: section.id,
      label: `Section ${section.propertyCode}.${section.buildingCode}.${section.roomCode}.${section.code}`,
      action: 'section.delete',
      before: section,
    })
  }, BRANCH_TRANSACTION)
}
