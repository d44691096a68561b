// Recurring templates become tasks (TASK15): every run creates, for each active template with
// a recurrence, the occurrences due in the next 7 days. `@@unique([templateId, dueAt])` with
// ON CONFLICT DO NOTHING makes a run idempotent, however often and on however many api
// instances it runs. Scheduled tasks are audited (no actor) and pushed as `task.updated`;
// they notify nobody (they show in Today), or a daily template would notify every day.
import type { PrismaClient, TaskTemplate, TransactionClient } from '@growops/db'
import {
  nextOccurrences,
  TaskRecurrenceSchema,
  type LiveEnvelope,
  type TaskRecurrence,
} from '@growops/domain'
import { appendAuditEntries } from '../audit/append-audit-entry.ts'
import { shiftTimeZone } from '../comms/shift-clock.ts'
import { recordLiveEvents, type LiveEventPublisher } from '../realtime/live-events.ts'
import { taskUpdatedEvent } from './task-view.ts'

export const SCHEDULE_HORIZON_DAYS = 7
const DAY_MS = 86_400_000

export interface SchedulerOptions {
  now?: Date
  timeZone?: string
  /** Only this template (after it was created or changed). */
  templateId?: string
}

/** The first occurrence after `after`, looking one full period ahead. */
function firstAfter(recurrence: TaskRecurrence, after: Date, timeZone: string): Date | null {
  const periodDays = { DAILY: 1, WEEKLY: 7, MONTHLY: 31 }[recurrence.frequency]
  const until = new Date(after.getTime() + (periodDays * recurrence.interval + 2) * DAY_MS)
  return nextOccurrences(recurrence, after, until, timeZone)[0] ?? null
}

async function scheduleTemplate(
  tx: TransactionClient,
  template: TaskTemplate,
  recurrence: TaskRecurrence,
  now: Date,
  timeZone: string,
): Promise<LiveEnvelope[]> {
  const until = new Date(now.getTime() + SCHEDULE_HORIZON_DAYS * DAY_MS)
  const dueDates = nextOccurrences(recurrence, now, until, timeZone)
  const created = await tx.task.createManyAndReturn({
    data: dueDates.map((dueAt) => ({
      organizationId: template.organizationId,
      templateId: template.id,
      propertyId: template.propertyId,
      title: template.title,
      description: template.description,
      priority: template.priority,
      roomId: template.roomId,
      batchId: template.batchId,
      assigneeId: template.assigneeId,
      assigneeRole: template.assigneeRole,
      dueAt,
      createdById: template.createdById,
    })),
    skipDuplicates: true,
  })
  await tx.taskTemplate.update({
    where: { id: template.id },
    data: { nextDueAt: firstAfter(recurrence, until, timeZone) },
  })
  await appendAuditEntries(
    tx,
    created.map((task) => ({
      organizationId: task.organizationId,
      actorId: null,
      action: 'task.create',
      entityType: 'Task',
      entityId: task.id,
      after: {
        templateId: template.id,
        title: task.title,
        dueAt: task.dueAt?.toISOString() ?? null,
        scheduled: true,
      },
    })),
  )
  return recordLiveEvents(
    tx,
    created.map((task) => taskUpdatedEvent(task)),
  )
}

/** One scheduler pass; returns how many tasks it created. */
export async function runTaskScheduler(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  options: SchedulerOptions = {},
): Promise<{ created: number; templates: number; skipped: string[] }> {
  const now = options.now ?? new Date()
  const timeZone = options.timeZone ?? shiftTimeZone()
  const templates = await prisma.taskTemplate.findMany({
    where: { archivedAt: null, ...(options.templateId ? { id: options.templateId } : {}) },
    orderBy: { createdAt: 'asc' },
  })
  let created = 0
  let scheduled = 0
  const skipped: string[] = []
  for (const template of templates) {
    if (template.recurrence === null) continue
    const recurrence = TaskRecurrenceSchema.safeParse(template.recurrence)
    // A stored recurrence the schema no longer accepts is reported, not guessed at.
    if (!recurrence.success) {
      skipped.push(template.id)
      continue
    }
    const envelopes = await prisma.$transaction((tx) =>
      scheduleTemplate(tx, template, recurrence.data, now, timeZone),
    )
    scheduled += 1
    created += envelopes.length
    live.publish(envelopes)
  }
  return { created, templates: scheduled, skipped }
}

/**
 * Deletes a template's future occurrences nobody has touched (OPEN, not started, no comments,
 * no time), so a changed or archived recurrence does not leave stale ones (TASK15).
 * Returns them for their `task.updated` events.
 */
export async function removeUntouchedOccurrences(
  tx: TransactionClient,
  templateId: string,
  now: Date,
) {
  const untouched = await tx.task.findMany({
    where: {
      templateId,
      dueAt: { gt: now },
      status: 'OPEN',
      startedAt: null,
      comments: { none: {} },
      timeEntries: { none: {} },
    },
  })
  await tx.task.deleteMany({ where: { id: { in: untouched.map((task) => task.id) } } })
  return untouched
}

export interface TaskScheduler {
  stop(): void
}

/** Runs {@link runTaskScheduler} now and then every `intervalMs` (default 15 minutes). */
export function startTaskScheduler(deps: {
  prisma: PrismaClient
  live: LiveEventPublisher
  intervalMs?: number
  log?: (message: string) => void
}): TaskScheduler {
  let running = false
  const run = () => {
    if (running) return
    running = true
    runTaskScheduler(deps.prisma, deps.live)
      .then(({ created, skipped }) => {
        if (created > 0) deps.log?.(`[tasks] ${created} recurring task(s) scheduled`)
        if (skipped.length > 0) {
          deps.log?.(`[tasks] templates with an unreadable recurrence: ${skipped.join(', ')}`)
        }
      })
      .catch((error: unknown) => {
        deps.log?.(
          `[tasks] scheduler failed: ${error instanceof Error ? error.message : String(error)}`,
        )
      })
      .finally(() => {
        running = false
      })
  }
  const first = setTimeout(run, 5_000)
  first.unref()
  const timer = setInterval(run, deps.intervalMs ?? 15 * 60_000)
  timer.unref()
  return {
    stop: () => {
      clearTimeout(first)
      clearInterval(timer)
    },
  }
}
