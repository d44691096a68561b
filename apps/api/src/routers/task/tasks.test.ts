// Tasks through the real router on a real database: roles (TASK6–TASK9), sources (TASK12),
// completion with a photo and its notifications (TASK13), audit entries, live events after
// commit, lists and Today (TASK10, TASK14), comments (TASK11).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Role } from '@growops/db'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import type { LiveEnvelope } from '@growops/domain'
import { createMember } from '../../../../../prisma/seed/organizations.ts'
import { DiskFileStore } from '../../services/files/disk-file-store.ts'
import { saveStoredFile } from '../../services/files/stored-files.ts'
import {
  createCultivationFixture,
  domainCodeOf,
  nextTag,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'
import {
  callerFor,
  createTenant,
  ROLES,
  type Caller,
  type TenantFixture,
} from '../../test/tenancy.ts'

let db: TestDatabase
let f: CultivationFixture
let b: TenantFixture
let as: Record<Role, Caller>
let org: string
let dir: string
let otherStaff: { id: string; caller: Caller }
/** What was published, and whether the database already showed each task.updated then. */
const published: { envelope: LiveEnvelope; committed: Promise<boolean> }[] = []

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9])

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'task-a')
  b = await createTenant(db.prisma, 'task-b')
  org = f.tenant.organizationId
  const live = {
    publish(envelopes: readonly LiveEnvelope[]) {
      for (const envelope of envelopes) {
        const payload = envelope.payload as { taskId?: string; status?: string }
        // Read from outside the transaction: a publish before commit would not see the change.
        const committed =
          envelope.type === 'task.updated' && payload.taskId
            ? db.prisma.task
                .findUnique({ where: { id: payload.taskId } })
                .then((row) => (row?.status ?? 'REMOVED') === payload.status)
            : Promise.resolve(true)
        published.push({ envelope, committed })
      }
    },
  }
  as = {} as Record<Role, Caller>
  for (const role of ROLES) as[role] = await callerFor(db.prisma, f.tenant.userIds[role], live)
  const sky = await createMember(db.prisma, {
    email: 'sky@task-a.test',
    name: 'Sky Staff',
    organizationId: org,
    role: 'STAFF',
  })
  otherStaff = { id: sky.id, caller: await callerFor(db.prisma, sky.id, live) }
  dir = await mkdtemp(join(tmpdir(), 'growops-tasks-test-'))
}, 120_000)

afterAll(async () => {
  await db.drop()
  await rm(dir, { recursive: true, force: true })
})

beforeEach(() => {
  published.length = 0
})

function assignToStaff(title: string, extra: Record<string, unknown> = {}) {
  return as.HEAD_GROWER.task.create({
    organizationId: org,
    title,
    assigneeId: f.tenant.userIds.STAFF,
    ...extra,
  })
}

async function notificationsOf(userId: string, sourceId: string) {
  return db.prisma.notification.findMany({
    where: { userId, sourceId },
    orderBy: { createdAt: 'asc' },
  })
}

async function auditActions(entityId: string) {
  const rows = await db.prisma.auditLog.findMany({ where: { entityId }, orderBy: { seq: 'asc' } })
  return rows.map((row) => row.action)
}

describe('task.create and assignment', () => {
  it('[TASK12] a head grower assigns a task: audited, the assignee notified, task.updated after commit', async () => {
    const task = await assignToStaff('Water VEG-A', {
      roomId: f.vegRoomId,
      positionId: f.positionId(f.left(1, 1)),
      dueAt: '2026-05-01T08:00:00Z',
      priority: 'HIGH',
    })
    expect(task).toMatchObject({
      title: 'Water VEG-A',
      status: 'OPEN',
      priority: 'HIGH',
      dueAt: '2026-05-01T08:00:00.000Z',
      assignee: { id: f.tenant.userIds.STAFF },
      room: { id: f.vegRoomId, code: 'VEG-A' },
      property: { id: f.propertyId },
      position: { address: f.left(1, 1) },
      createdBy: { id: f.tenant.userIds.HEAD_GROWER },
      can: { start: true, complete: true, reopen: false, edit: true },
    })
    expect(await auditActions(task.id)).toEqual(['task.create'])
    const [notice] = await notificationsOf(f.tenant.userIds.STAFF, task.id)
    expect(notice).toMatchObject({
      kind: 'TASK',
      title: 'New task: Water VEG-A',
      link: `/tasks/${task.id}`,
    })
    expect(published.map((p) => p.envelope.type).sort()).toEqual([
      'notification.created',
      'task.updated',
    ])
    expect(await Promise.all(published.map((p) => p.committed))).toEqual([true, true])
    expect(published.find((p) => p.envelope.type === 'notification.created')?.envelope.userId).toBe(
      f.tenant.userIds.STAFF,
    )
  })

  it('[TASK12] a position fills its room and property; links of another property or organization are refused', async () => {
    const task = await as.OWNER.task.create({
      organizationId: org,
      title: 'Check P1',
      positionId: f.positionId(f.left(2, 2)),
    })
    expect(task.room?.id).toBe(f.vegRoomId)
    expect(task.property?.id).toBe(f.propertyId)
    const foreign = await createCultivationFixture(db.prisma, 'task-c')
    expect(
      await domainCodeOf(
        as.OWNER.task.create({ organizationId: org, title: 'x', roomId: foreign.vegRoomId }),
      ),
    ).toBe('NOT_FOUND')
    expect(
      await domainCodeOf(
        as.OWNER.task.create({
          organizationId: org,
          title: 'x',
          roomId: f.dryRoomId,
          positionId: f.positionId(f.left(1, 1)),
        }),
      ),
    ).toBe('VALIDATION.FAILED')
  })

  it('[TASK8] tasks go to owners, head growers and staff, members of the organization only', async () => {
    const toAccountant = as.OWNER.task.create({
      organizationId: org,
      title: 'x',
      assigneeId: f.tenant.userIds.ACCOUNTANT,
    })
    expect(await domainCodeOf(toAccountant)).toBe('VALIDATION.FAILED')
    const toStranger = as.OWNER.task.create({
      organizationId: org,
      title: 'x',
      assigneeId: b.userIds.STAFF,
    })
    expect(await domainCodeOf(toStranger)).toBe('NOT_FOUND')
    const role = await as.OWNER.task.create({
      organizationId: org,
      title: 'Sweep',
      assigneeRole: 'STAFF',
    })
    expect(role.assigneeRole).toBe('STAFF')
  })

  it('[TASK9] staff create tasks for themselves only', async () => {
    const mine = await as.STAFF.task.create({ organizationId: org, title: 'Refill nutrients' })
    expect(mine.assignee?.id).toBe(f.tenant.userIds.STAFF)
    const forSky = as.STAFF.task.create({
      organizationId: org,
      title: 'x',
      assigneeId: otherStaff.id,
    })
    expect(await domainCodeOf(forSky)).toBe('AUTH.FORBIDDEN')
  })

  it('[TASK6] accountants and compliance managers read but cannot write', async () => {
    const task = await assignToStaff('Read me')
    for (const role of ['ACCOUNTANT', 'COMPLIANCE_MANAGER'] as const) {
      expect(await domainCodeOf(as[role].task.create({ organizationId: org, title: 'x' }))).toBe(
        'AUTH.FORBIDDEN',
      )
      expect(
        await domainCodeOf(as[role].task.complete({ organizationId: org, taskId: task.id })),
      ).toBe('AUTH.FORBIDDEN')
      expect(
        await domainCodeOf(as[role].task.template.create({ organizationId: org, title: 'x' })),
      ).toBe('AUTH.FORBIDDEN')
      const seen = await as[role].task.get({ organizationId: org, taskId: task.id })
      expect(seen.task.can).toMatchObject({ complete: false, edit: false, comment: false })
    }
    expect(await auditActions(task.id)).toEqual(['task.create'])
  })

  it("[TASK7] one organization never sees another's tasks", async () => {
    const task = await assignToStaff('Private')
    expect(await domainCodeOf(b.as.OWNER.task.get({ organizationId: org, taskId: task.id }))).toBe(
      'AUTH.FORBIDDEN',
    )
    expect(
      await domainCodeOf(
        b.as.OWNER.task.get({ organizationId: b.organizationId, taskId: task.id }),
      ),
    ).toBe('NOT_FOUND')
  })
})

describe('task sources', () => {
  it('[TASK12] from an alert: title, room, property and priority from the alert', async () => {
    const alert = await db.prisma.alert.create({
      data: {
        organizationId: org,
        propertyId: f.propertyId,
        roomId: f.vegRoomId,
        kind: 'THRESHOLD',
        severity: 'CRITICAL',
        message: 'VEG-A temperature 31.2 °C above 30 °C',
      },
    })
    const task = await as.HEAD_GROWER.task.create({ organizationId: org, sourceAlertId: alert.id })
    expect(task).toMatchObject({
      title: 'Follow up: VEG-A temperature 31.2 °C above 30 °C',
      priority: 'URGENT',
      room: { id: f.vegRoomId },
      property: { id: f.propertyId },
      sourceAlert: { id: alert.id },
    })
    const otherOrg = await domainCodeOf(
      b.as.OWNER.task.create({ organizationId: b.organizationId, sourceAlertId: alert.id }),
    )
    expect(otherOrg).toBe('NOT_FOUND')
  })

  it('[TASK12] from a shift note: its text, room and property; the input wins where given', async () => {
    const { note } = await as.HEAD_GROWER.shiftNote.create({
      organizationId: org,
      propertyId: f.propertyId,
      roomId: f.dryRoomId,
      body: 'Rack 1 hangers loose,\nneeds fixing before harvest.',
    })
    const task = await as.HEAD_GROWER.task.create({
      organizationId: org,
      sourceShiftNoteId: note.id,
      assigneeId: f.tenant.userIds.STAFF,
    })
    expect(task).toMatchObject({
      title: 'Rack 1 hangers loose, needs fixing before harvest.',
      description: 'Rack 1 hangers loose,\nneeds fixing before harvest.',
      room: { id: f.dryRoomId },
      sourceShiftNote: { id: note.id },
    })
    const titled = await as.HEAD_GROWER.task.create({
      organizationId: org,
      sourceShiftNoteId: note.id,
      title: 'Fix rack 1',
    })
    expect(titled.title).toBe('Fix rack 1')
  })
})

describe('working a task', () => {
  it('[TASK13] the assignee completes with a note and photo: growers and creator notified, audited', async () => {
    const task = await as.OWNER.task.create({
      organizationId: org,
      title: 'IPM spray VEG-A',
      assigneeId: f.tenant.userIds.STAFF,
    })
    const photo = await saveStoredFile(
      db.prisma,
      new DiskFileStore(dir),
      { userId: f.tenant.userIds.STAFF, organizationId: org },
      { fileName: 'spray.png', contentType: 'image/png', bytes: PNG },
    )
    const started = await as.STAFF.task.start({ organizationId: org, taskId: task.id })
    expect(started.status).toBe('IN_PROGRESS')
    published.length = 0
    const done = await as.STAFF.task.complete({
      organizationId: org,
      taskId: task.id,
      note: 'Sprayed both tables.',
      photoId: photo.id,
    })
    expect(done).toMatchObject({
      status: 'DONE',
      completedBy: { id: f.tenant.userIds.STAFF },
      completionNote: 'Sprayed both tables.',
      completionPhoto: { id: photo.id, fileName: 'spray.png', url: `/api/files/${photo.id}` },
    })
    for (const userId of [f.tenant.userIds.HEAD_GROWER, f.tenant.userIds.OWNER]) {
      const notices = await notificationsOf(userId, task.id)
      expect(notices.map((n) => [n.kind, n.title])).toContainEqual([
        'TASK',
        'Task done: IPM spray VEG-A',
      ])
    }
    expect(await notificationsOf(f.tenant.userIds.STAFF, task.id)).toHaveLength(1)
    expect(await auditActions(task.id)).toEqual(['task.create', 'task.start', 'task.complete'])
    const taskEvents = published.filter((p) => p.envelope.type === 'task.updated')
    expect(taskEvents.map((p) => (p.envelope.payload as { status: string }).status)).toEqual([
      'DONE',
    ])
    expect(await Promise.all(published.map((p) => p.committed))).toEqual(published.map(() => true))
    expect(
      await domainCodeOf(as.STAFF.task.complete({ organizationId: org, taskId: task.id })),
    ).toBe('TASK.INVALID_TRANSITION')
  })

  it("[TASK7] staff cannot complete, or even see, someone else's task", async () => {
    const task = await assignToStaff('Sam only')
    expect(
      await domainCodeOf(otherStaff.caller.task.complete({ organizationId: org, taskId: task.id })),
    ).toBe('NOT_FOUND')
    const roleTask = await assignToStaff('Growers', {
      assigneeId: null,
      assigneeRole: 'HEAD_GROWER',
    })
    expect(
      await domainCodeOf(as.STAFF.task.start({ organizationId: org, taskId: roleTask.id })),
    ).toBe('NOT_FOUND')
    const created = await as.STAFF.task.create({ organizationId: org, title: 'Mine, then theirs' })
    await as.HEAD_GROWER.task.update({
      organizationId: org,
      taskId: created.id,
      assigneeId: otherStaff.id,
    })
    // The creator still sees it but no longer works it.
    expect(
      await domainCodeOf(as.STAFF.task.complete({ organizationId: org, taskId: created.id })),
    ).toBe('AUTH.FORBIDDEN')
    expect((await db.prisma.task.findUniqueOrThrow({ where: { id: created.id } })).status).toBe(
      'OPEN',
    )
  })

  it('[TASK7] staff work tasks of their role; only managers reopen', async () => {
    const task = await assignToStaff('Any staff', { assigneeId: null, assigneeRole: 'STAFF' })
    await otherStaff.caller.task.complete({ organizationId: org, taskId: task.id })
    expect(await domainCodeOf(as.STAFF.task.reopen({ organizationId: org, taskId: task.id }))).toBe(
      'AUTH.FORBIDDEN',
    )
    const reopened = await as.HEAD_GROWER.task.reopen({ organizationId: org, taskId: task.id })
    expect(reopened).toMatchObject({ status: 'OPEN', completedAt: null, completedBy: null })
    await as.HEAD_GROWER.task.cancel({ organizationId: org, taskId: task.id })
    expect(await auditActions(task.id)).toEqual([
      'task.create',
      'task.complete',
      'task.reopen',
      'task.cancel',
    ])
  })

  it('[TASK13] a photo of another organization is not found', async () => {
    const task = await assignToStaff('Photo check')
    const foreign = await saveStoredFile(
      db.prisma,
      new DiskFileStore(dir),
      { userId: b.userIds.STAFF, organizationId: b.organizationId },
      { fileName: 'b.png', contentType: 'image/png', bytes: PNG },
    )
    expect(
      await domainCodeOf(
        as.STAFF.task.complete({ organizationId: org, taskId: task.id, photoId: foreign.id }),
      ),
    ).toBe('NOT_FOUND')
  })

  it('[TASK9] staff edit only what they created, and keep it theirs', async () => {
    const assigned = await assignToStaff('Not yours to edit')
    expect(
      await domainCodeOf(
        as.STAFF.task.update({ organizationId: org, taskId: assigned.id, title: 'x' }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    const own = await as.STAFF.task.create({ organizationId: org, title: 'Own' })
    const moved = await as.STAFF.task.update({
      organizationId: org,
      taskId: own.id,
      roomId: f.vegRoomId,
      dueAt: '2026-06-01T10:00:00Z',
    })
    expect(moved).toMatchObject({ room: { id: f.vegRoomId }, dueAt: '2026-06-01T10:00:00.000Z' })
    expect(
      await domainCodeOf(
        as.STAFF.task.update({ organizationId: org, taskId: own.id, assigneeId: otherStaff.id }),
      ),
    ).toBe('AUTH.FORBIDDEN')
  })

  it('[TASK12] reassigning notifies the new assignee and is audited before → after', async () => {
    const task = await assignToStaff('Hand over')
    await as.HEAD_GROWER.task.update({
      organizationId: org,
      taskId: task.id,
      assigneeId: otherStaff.id,
    })
    expect((await notificationsOf(otherStaff.id, task.id)).map((n) => n.title)).toEqual([
      'New task: Hand over',
    ])
    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: task.id, action: 'task.update' },
    })
    expect(entry.before).toMatchObject({ assigneeId: f.tenant.userIds.STAFF })
    expect(entry.after).toMatchObject({ assigneeId: otherStaff.id })
  })
})

describe('comments', () => {
  it('[TASK11] mentioned members get a MENTION notification; unknown mentions come back', async () => {
    const task = await assignToStaff('Discuss')
    const { comment, unresolved } = await as.STAFF.task.comment({
      organizationId: org,
      taskId: task.id,
      body: 'Done half, @head_grower@task-a.test can you check? cc @owner@task-b.test @nobody@task-a.test',
    })
    expect(comment.mentions).toEqual([
      { id: f.tenant.userIds.HEAD_GROWER, name: 'HEAD_GROWER of task-a' },
    ])
    expect(unresolved).toEqual(['@owner@task-b.test', '@nobody@task-a.test'])
    const [notice] = await notificationsOf(f.tenant.userIds.HEAD_GROWER, task.id)
    expect(notice).toMatchObject({ kind: 'MENTION' })
    expect(await notificationsOf(b.userIds.OWNER, task.id)).toEqual([])
    const detail = await as.HEAD_GROWER.task.get({ organizationId: org, taskId: task.id })
    expect(detail.comments.map((c) => c.body)).toEqual([comment.body])
    expect(detail.task.commentCount).toBe(1)
    expect(await auditActions(task.id)).toEqual(['task.create', 'task.comment'])
    expect(
      await domainCodeOf(
        otherStaff.caller.task.comment({ organizationId: org, taskId: task.id, body: 'hi' }),
      ),
    ).toBe('NOT_FOUND')
  })
})

describe('lists and Today', () => {
  it('[TASK14] filters by mine, status, room, batch and due range; staff see only theirs', async () => {
    const tag = `L${Date.now()}`
    const a = await assignToStaff(`${tag} a`, {
      roomId: f.vegRoomId,
      dueAt: '2030-01-01T10:00:00Z',
    })
    const c = await assignToStaff(`${tag} c`, { batchId: f.batchId, dueAt: '2030-01-03T10:00:00Z' })
    const other = await as.HEAD_GROWER.task.create({
      organizationId: org,
      title: `${tag} sky`,
      assigneeId: otherStaff.id,
      roomId: f.vegRoomId,
      dueAt: '2030-01-02T10:00:00Z',
    })
    const titles = (tasks: { title: string }[]) =>
      tasks.map((t) => t.title).filter((title) => title.startsWith(tag))
    const range = { dueFrom: '2030-01-01T00:00:00Z', dueTo: '2030-01-31T00:00:00Z' }
    expect(titles(await as.HEAD_GROWER.task.list({ organizationId: org, ...range }))).toEqual([
      `${tag} a`,
      `${tag} sky`,
      `${tag} c`,
    ])
    expect(
      titles(
        await as.HEAD_GROWER.task.list({ organizationId: org, roomId: f.vegRoomId, ...range }),
      ),
    ).toEqual([`${tag} a`, `${tag} sky`])
    expect(
      titles(await as.ACCOUNTANT.task.list({ organizationId: org, batchId: f.batchId, ...range })),
    ).toEqual([`${tag} c`])
    expect(titles(await as.STAFF.task.list({ organizationId: org, ...range }))).toEqual([
      `${tag} a`,
      `${tag} c`,
    ])
    await as.STAFF.task.complete({ organizationId: org, taskId: a.id })
    expect(
      titles(
        await as.STAFF.task.list({ organizationId: org, mine: true, statuses: ['OPEN'], ...range }),
      ),
    ).toEqual([`${tag} c`])
    expect(
      titles(await as.HEAD_GROWER.task.list({ organizationId: org, mine: true, ...range })),
    ).toEqual([])
    expect(c.id).not.toBe(other.id)
  })

  it('[TASK10] Today: my tasks and my role’s, grouped overdue / today / undated / later', async () => {
    const now = Date.now()
    const overdue = await otherStaffTask('overdue', new Date(now - 3_600_000))
    const later = await otherStaffTask('later', new Date(now + 3 * 86_400_000))
    const undated = await otherStaffTask('undated', null)
    const forRole = await as.HEAD_GROWER.task.create({
      organizationId: org,
      title: 'role',
      assigneeRole: 'STAFF',
    })
    const today = await otherStaff.caller.task.today({ organizationId: org })
    const ids = (tasks: { id: string }[]) => tasks.map((t) => t.id)
    expect(ids(today.overdue)).toContain(overdue.id)
    expect(ids(today.later)).toContain(later.id)
    expect(ids(today.noDueDate)).toEqual(expect.arrayContaining([undated.id, forRole.id]))
    const all = [...today.overdue, ...today.dueToday, ...today.noDueDate, ...today.later]
    expect(all.every((t) => t.assignee?.id === otherStaff.id || t.assigneeRole === 'STAFF')).toBe(
      true,
    )
    expect(all.every((t) => t.status === 'OPEN' || t.status === 'IN_PROGRESS')).toBe(true)
  })
})

function otherStaffTask(title: string, dueAt: Date | null) {
  return as.HEAD_GROWER.task.create({
    organizationId: org,
    title,
    assigneeId: otherStaff.id,
    dueAt: dueAt?.toISOString() ?? null,
  })
}

describe('scan.resolve', () => {
  it('[TASK14] a scanned plant shows the open tasks of its position and batch, soonest first', async () => {
    const plant = await as.OWNER.plant.create({
      organizationId: org,
      tagNumber: nextTag('TSK'),
      batchId: f.otherBatchId,
      positionId: f.positionId(f.left(4, 5)),
    })
    const atPosition = await assignToStaff('Stake the plant', {
      positionId: f.positionId(f.left(4, 5)),
      dueAt: '2030-02-01T08:00:00Z',
    })
    const forBatch = await as.HEAD_GROWER.task.create({
      organizationId: org,
      title: 'Feed batch',
      batchId: f.otherBatchId,
    })
    const done = await assignToStaff('Done already', { positionId: f.positionId(f.left(4, 5)) })
    await as.STAFF.task.complete({ organizationId: org, taskId: done.id })
    const found = await as.HEAD_GROWER.scan.resolve({ organizationId: org, text: plant.tagNumber })
    if (found.kind !== 'plant') throw new Error('not a plant')
    expect(found.openTasks).toEqual([
      {
        id: atPosition.id,
        title: 'Stake the plant',
        dueAt: '2030-02-01T08:00:00.000Z',
        status: 'OPEN',
      },
      { id: forBatch.id, title: 'Feed batch', dueAt: null, status: 'OPEN' },
    ])
  })
})

describe('task.people', () => {
  it('[TASK8] lists every member by name, marking who can be assigned', async () => {
    const people = await as.STAFF.task.people({ organizationId: org })
    const byRole = Object.fromEntries(people.map((p) => [p.email, p.assignable]))
    expect(byRole).toMatchObject({
      'owner@task-a.test': true,
      'head_grower@task-a.test': true,
      'staff@task-a.test': true,
      'sky@task-a.test': true,
      'accountant@task-a.test': false,
      'compliance_manager@task-a.test': false,
    })
    expect(people.map((p) => p.name)).toEqual(people.map((p) => p.name).toSorted())
  })
})
