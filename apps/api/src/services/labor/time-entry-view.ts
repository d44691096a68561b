// How a time entry is answered, and the snapshot edits and the audit log keep of it.
import type { Prisma } from '@growops/db'
import { workedMs, type EntrySpan } from '@growops/domain'

export const TIME_ENTRY_SELECT = {
  id: true,
  userId: true,
  user: { select: { id: true, name: true } },
  clockInAt: true,
  clockOutAt: true,
  note: true,
  roomId: true,
  room: { select: { id: true, code: true, name: true, building: { select: { code: true } } } },
  taskId: true,
  task: { select: { id: true, title: true } },
  batchId: true,
  batch: { select: { id: true, name: true } },
  breaks: {
    select: { id: true, startedAt: true, endedAt: true, paid: true },
    orderBy: { startedAt: 'asc' },
  },
  _count: { select: { edits: true } },
} satisfies Prisma.TimeEntrySelect

export type TimeEntryRow = Prisma.TimeEntryGetPayload<{ select: typeof TIME_ENTRY_SELECT }>

export function entrySpanOf(row: {
  clockInAt: Date
  clockOutAt: Date | null
  breaks: readonly { startedAt: Date; endedAt: Date | null; paid: boolean }[]
}): EntrySpan {
  return {
    clockInAt: row.clockInAt.getTime(),
    clockOutAt: row.clockOutAt?.getTime() ?? null,
    breaks: row.breaks.map((pause) => ({
      startedAt: pause.startedAt.getTime(),
      endedAt: pause.endedAt?.getTime() ?? null,
      paid: pause.paid,
    })),
  }
}

export function timeEntryView(row: TimeEntryRow, now: Date = new Date()) {
  const openBreak = row.breaks.find((pause) => pause.endedAt === null) ?? null
  return {
    id: row.id,
    user: row.user,
    clockInAt: row.clockInAt.toISOString(),
    clockOutAt: row.clockOutAt?.toISOString() ?? null,
    open: row.clockOutAt === null,
    note: row.note,
    room: row.room
      ? {
          id: row.room.id,
          code: row.room.code,
          name: row.room.name,
          buildingCode: row.room.building.code,
        }
      : null,
    task: row.task,
    batch: row.batch,
    breaks: row.breaks.map((pause) => ({
      id: pause.id,
      startedAt: pause.startedAt.toISOString(),
      endedAt: pause.endedAt?.toISOString() ?? null,
      paid: pause.paid,
    })),
    onBreak: openBreak
      ? { startedAt: openBreak.startedAt.toISOString(), paid: openBreak.paid }
      : null,
    /** Worked minutes so far (LAB1), whole. */
    workedMinutes: Math.floor(workedMs(entrySpanOf(row), now.getTime()) / 60_000),
    editCount: row._count.edits,
  }
}
export type TimeEntryView = ReturnType<typeof timeEntryView>

/** What an edit's before/after and the audit log keep of an entry. */
export function entrySnapshot(row: {
  clockInAt: Date
  clockOutAt: Date | null
  roomId: string | null
  taskId: string | null
  batchId: string | null
  note: string | null
  breaks: readonly { startedAt: Date; endedAt: Date | null; paid: boolean }[]
}) {
  return {
    clockInAt: row.clockInAt.toISOString(),
    clockOutAt: row.clockOutAt?.toISOString() ?? null,
    roomId: row.roomId,
    taskId: row.taskId,
    batchId: row.batchId,
    note: row.note,
    breaks: row.breaks.map((pause) => ({
      startedAt: pause.startedAt.toISOString(),
      endedAt: pause.endedAt?.toISOString() ?? null,
      paid: pause.paid,
    })),
  }
}
export type EntrySnapshot = ReturnType<typeof entrySnapshot>
