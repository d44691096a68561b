// The shift handoff (COMM10): what others wrote at a property since my last shift ended or
// since I last marked the handoff read, whichever is later; grouped by room, open follow-ups
// first.
import type { PrismaClient } from '@growops/db'
import { previousShift, shiftAt, shiftWindow, type ShiftName } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { assertPropertyInOrganization } from './comms-helpers.ts'
import { shiftTimeZone } from './shift-clock.ts'
import { dateColumn, shiftNoteInclude, shiftNoteView, type ShiftNoteView } from './shift-notes.ts'

/** At most this many notes in one handoff; the newest are kept. */
export const HANDOFF_NOTE_LIMIT = 200

export interface HandoffGroup {
  /** Null = notes about the whole property. */
  room: { id: string; code: string; name: string } | null
  notes: ShiftNoteView[]
}

export interface Handoff {
  since: string
  /** What `since` is: the end of my last shift, my last acknowledgement, or the default. */
  sinceReason: 'LAST_SHIFT' | 'ACKNOWLEDGED' | 'PREVIOUS_SHIFT'
  current: { shift: ShiftName; shiftDate: string }
  groups: HandoffGroup[]
  total: number
}

/** When the handoff starts for the actor at the property, and why (COMM10). */
async function handoffStart(
  prisma: PrismaClient,
  actor: Actor,
  propertyId: string,
  now: Date,
  timeZone: string,
) {
  const current = shiftAt(now, timeZone)
  const [lastOwn, ack] = await Promise.all([
    // My latest note from a shift before the running one. DAY < SWING < NIGHT in the enum.
    prisma.shiftNote.findFirst({
      where: {
        propertyId,
        authorId: actor.userId,
        shiftDate: { lte: dateColumn(current.shiftDate) },
        NOT: { shiftDate: dateColumn(current.shiftDate), shift: current.shift },
      },
      orderBy: [{ shiftDate: 'desc' }, { shift: 'desc' }],
      select: { shiftDate: true, shift: true },
    }),
    prisma.shiftHandoffAck.findUnique({
      where: { userId_propertyId: { userId: actor.userId, propertyId } },
      select: { acknowledgedAt: true },
    }),
  ])
  const candidates: { at: Date; reason: Handoff['sinceReason'] }[] = []
  if (lastOwn) {
    const window = shiftWindow(
      lastOwn.shiftDate.toISOString().slice(0, 10),
      lastOwn.shift,
      timeZone,
    )
    // A note filed for a later shift of today cannot make the handoff start in the future.
    if (window.end.getTime() <= now.getTime()) {
      candidates.push({ at: window.end, reason: 'LAST_SHIFT' })
    }
  }
  if (ack) candidates.push({ at: ack.acknowledgedAt, reason: 'ACKNOWLEDGED' })
  if (candidates.length === 0) {
    const before = previousShift(current)
    candidates.push({
      at: shiftWindow(before.shiftDate, before.shift, timeZone).start,
      reason: 'PREVIOUS_SHIFT',
    })
  }
  const latest = candidates.reduce((a, b) => (b.at.getTime() > a.at.getTime() ? b : a))
  return { ...latest, current }
}

function groupByRoom(notes: ShiftNoteView[]): HandoffGroup[] {
  const groups = new Map<string, HandoffGroup>()
  for (const note of notes) {
    const key = note.room?.id ?? ''
    const group = groups.get(key) ?? { room: note.room, notes: [] }
    group.notes.push(note)
    groups.set(key, group)
  }
  const openFirst = (note: ShiftNoteView) => (note.followUp && !note.followUpDoneAt ? 0 : 1)
  for (const group of groups.values()) {
    // Stable: within each half, the newest-first order of the query is kept.
    group.notes.sort((a, b) => openFirst(a) - openFirst(b))
  }
  return [...groups.values()].sort((a, b) => {
    if (!a.room || !b.room) return a.room ? 1 : b.room ? -1 : 0
    return a.room.name.localeCompare(b.room.name) || a.room.code.localeCompare(b.room.code)
  })
}

/** The handoff for the actor at a property (COMM10). */
export async function shiftHandoff(
  prisma: PrismaClient,
  actor: Actor,
  propertyId: string,
  now = new Date(),
): Promise<Handoff> {
  await assertPropertyInOrganization(prisma, actor, propertyId)
  const timeZone = shiftTimeZone()
  const start = await handoffStart(prisma, actor, propertyId, now, timeZone)
  const rows = await prisma.shiftNote.findMany({
    where: {
      organizationId: actor.organizationId,
      propertyId,
      authorId: { not: actor.userId },
      createdAt: { gt: start.at },
    },
    include: shiftNoteInclude,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: HANDOFF_NOTE_LIMIT,
  })
  const notes = rows.map(shiftNoteView)
  return {
    since: start.at.toISOString(),
    sinceReason: start.reason,
    current: start.current,
    groups: groupByRoom(notes),
    total: notes.length,
  }
}

/** Marks the property's handoff read now: the next handoff starts here (COMM10). */
export async function acknowledgeHandoff(
  prisma: PrismaClient,
  actor: Actor,
  propertyId: string,
): Promise<{ acknowledgedAt: string }> {
  await assertPropertyInOrganization(prisma, actor, propertyId)
  const acknowledgedAt = new Date()
  await prisma.shiftHandoffAck.upsert({
    where: { userId_propertyId: { userId: actor.userId, propertyId } },
    create: { userId: actor.userId, propertyId, acknowledgedAt },
    update: { acknowledgedAt },
  })
  return { acknowledgedAt: acknowledgedAt.toISOString() }
}
