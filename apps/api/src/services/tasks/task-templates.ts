// Task templates: listed by everyone with cultivation access, written by managers only
// (STAFF and read roles get AUTH.FORBIDDEN). A recurrence gets its `startsOn` (TASK1) and is
// scheduled at once; changing or archiving it removes the untouched future occurrences.
import { Prisma, type PrismaClient, type TaskTemplate } from '@growops/db'
import {
  DomainError,
  isTaskManager,
  localDateOf,
  type TaskRecurrence,
  type TaskTemplateCreateInput,
  type TaskTemplateListInput,
  type TaskTemplateUpdateInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { shiftTimeZone } from '../comms/shift-clock.ts'
import { recordLiveEvents, type LiveEventPublisher } from '../realtime/live-events.ts'
import { resolveTaskLinks } from './task-links.ts'
import { removeUntouchedOccurrences, runTaskScheduler } from './task-scheduler.ts'
import { taskPerson, taskUpdatedEvent } from './task-view.ts'

const templateInclude = {
  assignee: { select: { id: true, name: true } },
  property: { select: { id: true, code: true, name: true } },
  room: { select: { id: true, code: true, name: true } },
  batch: { select: { id: true, name: true } },
} satisfies Prisma.TaskTemplateInclude

type TemplateRow = Prisma.TaskTemplateGetPayload<{ include: typeof templateInclude }>

export function templateView(row: TemplateRow) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    priority: row.priority,
    estimatedMinutes: row.estimatedMinutes,
    property: row.property,
    room: row.room,
    batch: row.batch,
    assignee: row.assignee,
    assigneeRole: row.assigneeRole,
    recurrence: row.recurrence as TaskRecurrence | null,
    nextDueAt: row.nextDueAt?.toISOString() ?? null,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }
}
export type TemplateView = ReturnType<typeof templateView>

function assertManager(actor: Actor): void {
  if (!isTaskManager(taskPerson(actor))) {
    throw new DomainError('AUTH.FORBIDDEN', 'Only owners and head growers manage task templates.', {
      role: actor.role,
    })
  }
}

function withStart(recurrence: TaskRecurrence | null | undefined, now: Date) {
  if (!recurrence) return recurrence
  return { ...recurrence, startsOn: recurrence.startsOn ?? localDateOf(now, shiftTimeZone()) }
}

function jsonOf(recurrence: TaskRecurrence | null) {
  return recurrence === null ? Prisma.DbNull : (recurrence as Prisma.InputJsonObject)
}

async function loadTemplate(prisma: PrismaClient, actor: Actor, templateId: string) {
  const row = await prisma.taskTemplate.findFirst({
    where: { id: templateId, organizationId: actor.organizationId },
  })
  if (!row) {
    throw new DomainError('NOT_FOUND', 'No such task template.', {
      entity: 'TaskTemplate',
      id: templateId,
    })
  }
  return row
}

export async function listTemplates(
  prisma: PrismaClient,
  actor: Actor,
  input: TaskTemplateListInput,
) {
  const rows = await prisma.taskTemplate.findMany({
    where: {
      organizationId: actor.organizationId,
      ...(input.includeArchived ? {} : { archivedAt: null }),
    },
    include: templateInclude,
    orderBy: [{ archivedAt: { sort: 'desc', nulls: 'first' } }, { title: 'asc' }],
  })
  return rows.map(templateView)
}

function auditState(row: TaskTemplate) {
  return {
    title: row.title,
    priority: row.priority,
    propertyId: row.propertyId,
    roomId: row.roomId,
    batchId: row.batchId,
    assigneeId: row.assigneeId,
    assigneeRole: row.assigneeRole,
    recurrence: row.recurrence,
    archivedAt: row.archivedAt?.toISOString() ?? null,
  }
}

async function reschedule(prisma: PrismaClient, live: LiveEventPublisher, id: string) {
  await runTaskScheduler(prisma, live, { templateId: id })
  return templateView(
    await prisma.taskTemplate.findUniqueOrThrow({ where: { id }, include: templateInclude }),
  )
}

export async function createTemplate(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  input: TaskTemplateCreateInput,
): Promise<TemplateView> {
  assertManager(actor)
  const links = await resolveTaskLinks(prisma, actor, {
    propertyId: input.propertyId ?? null,
    roomId: input.roomId ?? null,
    batchId: input.batchId ?? null,
    positionId: null,
    assigneeId: input.assigneeId ?? null,
    assigneeRole: input.assigneeRole ?? null,
  })
  const recurrence = withStart(input.recurrence, new Date()) ?? null
  const row = await prisma.$transaction(async (tx) => {
    const { positionId: _none, ...templateLinks } = links
    const row = await tx.taskTemplate.create({
      data: {
        organizationId: actor.organizationId,
        ...templateLinks,
        title: input.title,
        description: input.description ?? null,
        priority: input.priority ?? 'NORMAL',
        estimatedMinutes: input.estimatedMinutes ?? null,
        recurrence: jsonOf(recurrence),
        createdById: actor.userId,
      },
    })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'taskTemplate.create',
      entityType: 'TaskTemplate',
      entityId: row.id,
      after: auditState(row),
    })
    return row
  })
  return reschedule(prisma, live, row.id)
}

/** Saves a template change and drops its untouched future occurrences, in one transaction. */
async function saveTemplateChange(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  before: TaskTemplate,
  action: 'taskTemplate.update' | 'taskTemplate.archive',
  data: Prisma.TaskTemplateUpdateInput,
): Promise<TemplateView> {
  const now = new Date()
  const envelopes = await prisma.$transaction(async (tx) => {
    const after = await tx.taskTemplate.update({
      where: { id: before.id },
      data: { ...data, nextDueAt: null },
    })
    const removed = await removeUntouchedOccurrences(tx, before.id, now)
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action,
      entityType: 'TaskTemplate',
      entityId: before.id,
      before: auditState(before),
      after: { ...auditState(after), removedOccurrences: removed.map((task) => task.id) },
    })
    return recordLiveEvents(
      tx,
      removed.map((task) => taskUpdatedEvent(task, 'REMOVED')),
    )
  })
  live.publish(envelopes)
  return reschedule(prisma, live, before.id)
}

export async function updateTemplate(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  input: TaskTemplateUpdateInput,
): Promise<TemplateView> {
  assertManager(actor)
  const before = await loadTemplate(prisma, actor, input.templateId)
  if (before.archivedAt) {
    throw new DomainError('CONFLICT', 'This template is archived; it cannot be changed.')
  }
  const pick = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value)
  const { positionId: _none, ...links } = await resolveTaskLinks(prisma, actor, {
    propertyId: pick(input.propertyId, before.propertyId),
    roomId: pick(input.roomId, before.roomId),
    batchId: pick(input.batchId, before.batchId),
    positionId: null,
    assigneeId: pick(input.assigneeId, before.assigneeId),
    assigneeRole: pick(input.assigneeRole, before.assigneeRole),
  })
  const recurrence = withStart(input.recurrence, new Date())
  return saveTemplateChange(prisma, live, actor, before, 'taskTemplate.update', {
    ...links,
    title: pick(input.title, before.title),
    description: pick(input.description, before.description),
    priority: pick(input.priority, before.priority),
    estimatedMinutes: pick(input.estimatedMinutes, before.estimatedMinutes),
    ...(recurrence !== undefined ? { recurrence: jsonOf(recurrence) } : {}),
  })
}

export async function archiveTemplate(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  templateId: string,
): Promise<TemplateView> {
  assertManager(actor)
  const before = await loadTemplate(prisma, actor, templateId)
  if (before.archivedAt) {
    return templateView(
      await prisma.taskTemplate.findUniqueOrThrow({
        where: { id: templateId },
        include: templateInclude,
      }),
    )
  }
  return saveTemplateChange(prisma, live, actor, before, 'taskTemplate.archive', {
    archivedAt: new Date(),
  })
}
