// Shift notes (COMM6, COMM9): a note, its resolved mentions, MENTION notifications and the
// `shiftNote.created` event in one transaction, published after commit.
import type { Prisma, PrismaClient } from '@growops/db'
import {
  DomainError,
  parseMentions,
  shiftAt,
  type ShiftNoteCreateInput,
  type ShiftNoteListInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { createNotifications } from '../notifications/notify.ts'
import { loadRoomFor } from '../positions/room-access.ts'
import { recordLiveEvents, type LiveEventPublisher } from '../realtime/live-events.ts'
import { assertPropertyInOrganization, excerptOf, loadPerson } from './comms-helpers.ts'
import { resolveMentions, type UnresolvedMention } from './resolve-mentions.ts'
import { shiftTimeZone } from './shift-clock.ts'

export const shiftNoteInclude = {
  author: { select: { id: true, name: true } },
  room: { select: { id: true, code: true, name: true } },
  mentions: { select: { kind: true, targetId: true, label: true } },
} satisfies Prisma.ShiftNoteInclude

type ShiftNoteRow = Prisma.ShiftNoteGetPayload<{ include: typeof shiftNoteInclude }>

export function shiftNoteView(row: ShiftNoteRow) {
  return {
    id: row.id,
    propertyId: row.propertyId,
    room: row.room,
    shiftDate: row.shiftDate.toISOString().slice(0, 10),
    shift: row.shift,
    body: row.body,
    followUp: row.followUp,
    followUpDoneAt: row.followUpDoneAt?.toISOString() ?? null,
    followUpDoneById: row.followUpDoneById,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
    mentions: row.mentions,
  }
}
export type ShiftNoteView = ReturnType<typeof shiftNoteView>

/** `YYYY-MM-DD` as the Date Prisma stores in a `@db.Date` column. */
export function dateColumn(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`)
}

/** Members to tell: mentioned members and those assigned to a mentioned batch, not the author. */
async function mentionRecipients(
  prisma: PrismaClient,
  actor: Actor,
  mentions: readonly { kind: string; targetId: string }[],
): Promise<string[]> {
  const users = mentions.filter((m) => m.kind === 'USER').map((m) => m.targetId)
  const batchIds = mentions.filter((m) => m.kind === 'BATCH').map((m) => m.targetId)
  const assigned =
    batchIds.length === 0
      ? []
      : await prisma.batchAssignment.findMany({
          where: { batchId: { in: batchIds } },
          select: { userId: true },
        })
  return [...new Set([...users, ...assigned.map((a) => a.userId)])].filter(
    (id) => id !== actor.userId,
  )
}

export async function createShiftNote(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  input: ShiftNoteCreateInput,
): Promise<{ note: ShiftNoteView; unresolved: UnresolvedMention[] }> {
  await assertPropertyInOrganization(prisma, actor, input.propertyId)
  if (input.roomId) {
    const room = await loadRoomFor(prisma, actor, input.roomId)
    if (room.propertyId !== input.propertyId) {
      throw new DomainError('VALIDATION.FAILED', 'That room is not in this property.', {
        field: 'roomId',
      })
    }
  }
  const now = shiftAt(new Date(), shiftTimeZone())
  const shift = input.shift ?? now.shift
  const shiftDate = input.shiftDate ?? now.shiftDate
  const { resolved, unresolved } = await resolveMentions(prisma, actor, parseMentions(input.body))
  const recipients = await mentionRecipients(prisma, actor, resolved)
  const author = await loadPerson(prisma, actor.userId)
  const { row, envelopes } = await prisma.$transaction(async (tx) => {
    const row = await tx.shiftNote.create({
      data: {
        organizationId: actor.organizationId,
        propertyId: input.propertyId,
        roomId: input.roomId ?? null,
        shiftDate: dateColumn(shiftDate),
        shift,
        body: input.body,
        followUp: input.followUp,
        authorId: actor.userId,
        mentions: { create: resolved },
      },
      include: shiftNoteInclude,
    })
    const notifications = await createNotifications(tx, {
      organizationId: actor.organizationId,
      userIds: recipients,
      kind: 'MENTION',
      title: `${author.name} mentioned you in a shift note`,
      body: excerptOf(row.body),
      link: `/shift-notes/${row.id}`,
      sourceId: row.id,
    })
    const envelopes = await recordLiveEvents(tx, [
      {
        type: 'shiftNote.created',
        organizationId: actor.organizationId,
        propertyId: row.propertyId,
        payload: {
          shiftNoteId: row.id,
          propertyId: row.propertyId,
          roomId: row.roomId,
          shift: row.shift,
          shiftDate,
          author,
          excerpt: excerptOf(row.body),
          followUp: row.followUp,
        },
      },
      ...notifications,
    ])
    return { row, envelopes }
  })
  live.publish(envelopes)
  return { note: shiftNoteView(row), unresolved }
}

/** A property's notes, newest first, filtered by room, shift dates and follow-up state. */
export async function listShiftNotes(
  prisma: PrismaClient,
  actor: Actor,
  input: ShiftNoteListInput,
): Promise<ShiftNoteView[]> {
  const rows = await prisma.shiftNote.findMany({
    where: {
      organizationId: actor.organizationId,
      propertyId: input.propertyId,
      ...(input.roomId ? { roomId: input.roomId } : {}),
      ...(input.from || input.to
        ? {
            shiftDate: {
              ...(input.from ? { gte: dateColumn(input.from) } : {}),
              ...(input.to ? { lte: dateColumn(input.to) } : {}),
            },
          }
        : {}),
      ...(input.followUpOnly || input.openOnly ? { followUp: true } : {}),
      ...(input.openOnly ? { followUpDoneAt: null } : {}),
    },
    include: shiftNoteInclude,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit,
  })
  return rows.map(shiftNoteView)
}

/** Marks a note's follow-up done; doing it again changes nothing (COMM9). */
export async function completeFollowUp(
  prisma: PrismaClient,
  actor: Actor,
  shiftNoteId: string,
): Promise<ShiftNoteView> {
  const note = await prisma.shiftNote.findFirst({
    where: { id: shiftNoteId, organizationId: actor.organizationId },
    select: { followUp: true },
  })
  if (!note) {
    throw new DomainError('NOT_FOUND', 'No such shift note in this organization.', {
      entity: 'ShiftNote',
      id: shiftNoteId,
    })
  }
  if (!note.followUp) {
    throw new DomainError('CONFLICT', 'This note has no follow-up to complete.', {
      shiftNoteId,
    })
  }
  // Only the first completion counts, also when two people press at once.
  await prisma.shiftNote.updateMany({
    where: { id: shiftNoteId, followUpDoneAt: null },
    data: { followUpDoneAt: new Date(), followUpDoneById: actor.userId },
  })
  const row = await prisma.shiftNote.findUniqueOrThrow({
    where: { id: shiftNoteId },
    include: shiftNoteInclude,
  })
  return shiftNoteView(row)
}
