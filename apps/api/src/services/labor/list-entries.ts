// Reading time entries (LAB13): readers see everyone's, STAFF only their own; the time clock's
// status and week; an entry's correction history.
import type { Prisma, PrismaClient } from '@growops/db'
import {
  addDays,
  DomainError,
  splitEntryByDay,
  summarizeWorkWeek,
  type LaborZoneInput,
  type MyWeekInput,
  type TimeEntryListInput,
  type WorkWeekSummary,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { assertMayRead, laborCalendar } from './labor-access.ts'
import {
  entrySpanOf,
  TIME_ENTRY_SELECT,
  timeEntryView,
  type TimeEntryView,
} from './time-entry-view.ts'

const DEFAULT_DAYS = 14

/** Entries that overlap [start, end). */
function overlapping(start: number, end: number): Prisma.TimeEntryWhereInput {
  return {
    clockInAt: { lt: new Date(end) },
    OR: [{ clockOutAt: null }, { clockOutAt: { gt: new Date(start) } }],
  }
}

/** `labor.entries`: entries of workdays `from`–`to`, newest first, with filters. */
export async function listTimeEntries(
  prisma: PrismaClient,
  actor: Actor,
  input: TimeEntryListInput,
): Promise<{ from: string; to: string; timeZone: string; entries: TimeEntryView[] }> {
  // STAFF: their own entries, and a clear refusal when asking for someone else's.
  if (input.userId) assertMayRead(actor, input.userId)
  const userId = actor.level === 'LIMITED' ? actor.userId : input.userId
  const calendar = laborCalendar(input.timeZone)
  const to = input.to ?? calendar.dateOf(Date.now())
  const from = input.from ?? addDays(to, -(DEFAULT_DAYS - 1))
  const rows = await prisma.timeEntry.findMany({
    where: {
      organizationId: actor.organizationId,
      ...(userId ? { userId } : {}),
      ...(input.roomId ? { roomId: input.roomId } : {}),
      ...(input.batchId ? { batchId: input.batchId } : {}),
      ...overlapping(calendar.startOf(from), calendar.startOf(addDays(to, 1))),
    },
    orderBy: [{ clockInAt: 'desc' }, { id: 'asc' }],
    take: input.limit,
    select: TIME_ENTRY_SELECT,
  })
  const now = new Date()
  return {
    from,
    to,
    timeZone: calendar.timeZone,
    entries: rows.map((row) => timeEntryView(row, now)),
  }
}

/** `labor.status`: the caller's open entry and today's entries and worked minutes. */
export async function laborStatus(prisma: PrismaClient, actor: Actor, input: LaborZoneInput) {
  const calendar = laborCalendar(input.timeZone)
  const now = Date.now()
  const today = calendar.dateOf(now)
  const rows = await prisma.timeEntry.findMany({
    where: {
      organizationId: actor.organizationId,
      userId: actor.userId,
      ...overlapping(calendar.startOf(today), calendar.startOf(addDays(today, 1))),
    },
    orderBy: { clockInAt: 'asc' },
    select: TIME_ENTRY_SELECT,
  })
  let todayMs = 0
  for (const row of rows) {
    for (const piece of splitEntryByDay(entrySpanOf(row), calendar, now)) {
      if (piece.date === today) todayMs += piece.workedMs
    }
  }
  const open = rows.find((row) => row.clockOutAt === null)
  return {
    timeZone: calendar.timeZone,
    today,
    open: open ? timeEntryView(open, new Date(now)) : null,
    todayMinutes: Math.floor(todayMs / 60_000),
    todayEntries: rows.map((row) => timeEntryView(row, new Date(now))),
  }
}

/** `labor.myWeek`: the caller's workweek day by day, overtime marked (LAB3–LAB5). */
export async function myWeek(
  prisma: PrismaClient,
  actor: Actor,
  input: MyWeekInput,
): Promise<WorkWeekSummary & { timeZone: string }> {
  const calendar = laborCalendar(input.timeZone)
  const now = Date.now()
  const date = input.weekOf ?? calendar.dateOf(now)
  const probe = summarizeWorkWeek([], date, calendar, now)
  const rows = await prisma.timeEntry.findMany({
    where: {
      organizationId: actor.organizationId,
      userId: actor.userId,
      ...overlapping(
        calendar.startOf(probe.weekStart),
        calendar.startOf(addDays(probe.weekStart, 7)),
      ),
    },
    select: {
      clockInAt: true,
      clockOutAt: true,
      breaks: { select: { startedAt: true, endedAt: true, paid: true } },
    },
  })
  return {
    ...summarizeWorkWeek(rows.map(entrySpanOf), date, calendar, now),
    timeZone: calendar.timeZone,
  }
}

/** `labor.entryEdits`: who corrected an entry, when and why, with before and after. */
export async function listEntryEdits(
  prisma: PrismaClient,
  actor: Actor,
  input: { timeEntryId: string },
) {
  const entry = await prisma.timeEntry.findFirst({
    where: { id: input.timeEntryId, organizationId: actor.organizationId },
    select: { userId: true },
  })
  if (!entry) {
    throw new DomainError('NOT_FOUND', 'No such time entry in this organization.', {
      entity: 'TimeEntry',
      id: input.timeEntryId,
    })
  }
  assertMayRead(actor, entry.userId)
  const edits = await prisma.timeEntryEdit.findMany({
    where: { timeEntryId: input.timeEntryId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      reason: true,
      before: true,
      after: true,
      createdAt: true,
      editedBy: { select: { id: true, name: true } },
    },
  })
  return edits.map((edit) => ({ ...edit, createdAt: edit.createdAt.toISOString() }))
}
