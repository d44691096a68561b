// Task templates and the recurrence scheduler (TASK1, TASK15) through the real router and
// runTaskScheduler on a real database: managers only, idempotent runs (also concurrent ones),
// changes and archiving drop untouched future occurrences.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { isoWeekday, localDateOf } from '@growops/domain'
import { shiftTimeZone } from '../../services/comms/shift-clock.ts'
import { runTaskScheduler } from '../../services/tasks/task-scheduler.ts'
import {
  createCultivationFixture,
  domainCodeOf,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'
import {
  createRecordingPublisher,
  type RecordingPublisher,
} from '../../test/recording-publisher.ts'

let db: TestDatabase
let f: CultivationFixture
let org: string
let live: RecordingPublisher

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'tpl-a')
  org = f.tenant.organizationId
  live = createRecordingPublisher()
}, 120_000)

afterAll(async () => {
  await db.drop()
})

function occurrencesOf(templateId: string) {
  return db.prisma.task.findMany({ where: { templateId }, orderBy: { dueAt: 'asc' } })
}

describe('task.template', () => {
  it('[TASK6] staff, accountants and compliance managers cannot create or change templates', async () => {
    for (const role of ['STAFF', 'ACCOUNTANT', 'COMPLIANCE_MANAGER'] as const) {
      const call = f.tenant.as[role].task.template.create({
        organizationId: org,
        title: 'IPM spray',
      })
      expect(await domainCodeOf(call)).toBe('AUTH.FORBIDDEN')
    }
    const template = await f.tenant.as.HEAD_GROWER.task.template.create({
      organizationId: org,
      title: 'Manual',
    })
    expect(
      await domainCodeOf(
        f.tenant.as.STAFF.task.template.archive({ organizationId: org, templateId: template.id }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    const listed = await f.tenant.as.STAFF.task.template.list({ organizationId: org })
    expect(listed.map((t) => t.title)).toContain('Manual')
  })

  it('[TASK15] a daily template gets its next 7 days at once; scheduler runs add nothing twice', async () => {
    const template = await f.tenant.as.HEAD_GROWER.task.template.create({
      organizationId: org,
      title: 'Water VEG-A',
      roomId: f.vegRoomId,
      assigneeId: f.tenant.userIds.STAFF,
      recurrence: { frequency: 'DAILY', timeOfDay: '07:00' },
    })
    expect(template.recurrence?.startsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(template.property?.id).toBe(f.propertyId)
    const first = await occurrencesOf(template.id)
    expect(first).toHaveLength(7)
    expect(first.every((task) => task.assigneeId === f.tenant.userIds.STAFF)).toBe(true)
    expect(first.every((task) => task.roomId === f.vegRoomId && task.title === 'Water VEG-A')).toBe(
      true,
    )
    const stored = await db.prisma.taskTemplate.findUniqueOrThrow({ where: { id: template.id } })
    expect(stored.nextDueAt?.getTime()).toBe((first.at(-1)?.dueAt?.getTime() ?? 0) + 86_400_000)

    live.clear()
    const again = await runTaskScheduler(db.prisma, live, { templateId: template.id })
    const twice = await Promise.all([
      runTaskScheduler(db.prisma, live),
      runTaskScheduler(db.prisma, live),
    ])
    expect([again.created, ...twice.map((run) => run.created)]).toEqual([0, 0, 0])
    expect(live.published).toEqual([])
    expect(await occurrencesOf(template.id)).toHaveLength(7)

    // A day later one more occurrence comes into the window, once.
    const tomorrow = new Date(Date.now() + 86_400_000)
    const runs = await Promise.all([
      runTaskScheduler(db.prisma, live, { now: tomorrow }),
      runTaskScheduler(db.prisma, live, { now: tomorrow }),
    ])
    expect(runs.map((run) => run.created).sort()).toEqual([0, 1])
    expect(await occurrencesOf(template.id)).toHaveLength(8)
    expect(live.published.map((e) => e.type)).toEqual(['task.updated'])
    const audited = await db.prisma.auditLog.count({
      where: { organizationId: org, action: 'task.create', actorId: null },
    })
    expect(audited).toBe(8)
  })

  it('[TASK15] changing the time replaces untouched future occurrences, keeps worked ones', async () => {
    const template = await f.tenant.as.OWNER.task.template.create({
      organizationId: org,
      title: 'IPM spray',
      assigneeRole: 'STAFF',
      recurrence: {
        frequency: 'WEEKLY',
        weekdays: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'],
        timeOfDay: '09:00',
      },
    })
    const before = await occurrencesOf(template.id)
    expect(before).toHaveLength(7)
    const [worked, commented] = before
    if (!worked || !commented) throw new Error('expected occurrences')
    await f.tenant.as.STAFF.task.start({ organizationId: org, taskId: worked.id })
    await f.tenant.as.STAFF.task.comment({
      organizationId: org,
      taskId: commented.id,
      body: 'Low on spray',
    })
    const changed = await f.tenant.as.OWNER.task.template.update({
      organizationId: org,
      templateId: template.id,
      recurrence: { frequency: 'WEEKLY', weekdays: ['MON'], timeOfDay: '10:30' },
    })
    expect(changed.recurrence).toMatchObject({ weekdays: ['MON'], timeOfDay: '10:30' })
    const after = await occurrencesOf(template.id)
    const kept = after.filter((task) => task.id === worked.id || task.id === commented.id)
    expect(kept).toHaveLength(2)
    const fresh = after.filter((task) => !kept.includes(task))
    expect(fresh).toHaveLength(1)
    const due = fresh[0]?.dueAt ?? new Date(0)
    const zone = shiftTimeZone()
    expect(isoWeekday(localDateOf(due, zone))).toBe(1)
    expect(
      due.toLocaleTimeString('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' }),
    ).toBe('10:30')
    const archived = await f.tenant.as.OWNER.task.template.archive({
      organizationId: org,
      templateId: template.id,
    })
    expect(archived.archivedAt).not.toBeNull()
    expect((await occurrencesOf(template.id)).map((task) => task.id).sort()).toEqual(
      [worked.id, commented.id].sort(),
    )
    expect(await runTaskScheduler(db.prisma, live, { templateId: template.id })).toMatchObject({
      created: 0,
    })
    const actions = await db.prisma.auditLog.findMany({
      where: { entityId: template.id },
      orderBy: { seq: 'asc' },
    })
    expect(actions.map((entry) => entry.action)).toEqual([
      'taskTemplate.create',
      'taskTemplate.update',
      'taskTemplate.archive',
    ])
  })

  it('[TASK12] a task from a template takes its title, links and assignee', async () => {
    const template = await f.tenant.as.HEAD_GROWER.task.template.create({
      organizationId: org,
      title: 'Defoliate',
      priority: 'HIGH',
      batchId: f.batchId,
      assigneeId: f.tenant.userIds.STAFF,
    })
    const task = await f.tenant.as.HEAD_GROWER.task.create({
      organizationId: org,
      templateId: template.id,
    })
    expect(task).toMatchObject({
      title: 'Defoliate',
      priority: 'HIGH',
      batch: { id: f.batchId },
      assignee: { id: f.tenant.userIds.STAFF },
      template: { id: template.id },
    })
  })

  it('[TASK1] a recurrence the schema refuses is refused with the field named', async () => {
    const call = f.tenant.as.HEAD_GROWER.task.template.create({
      organizationId: org,
      title: 'Bad',
      recurrence: { frequency: 'DAILY', interval: 60, timeOfDay: '07:00' },
    })
    expect(await domainCodeOf(call)).toBe('VALIDATION.FAILED')
  })
})
