import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TaskRecurrenceSchema } from '@growops/domain'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { seedDemoFacility } from './demo-facility.ts'
import { DEMO_TASK_TITLES, DEMO_TEMPLATE_TITLES, seedDemoTasks } from './tasks.ts'

let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
})

afterAll(async () => {
  await db.drop()
})

describe('demo tasks seed', () => {
  it('adds a daily and a weekly template and three tasks for Sam Staff, idempotently', async () => {
    const demo = await seedDemoFacility(db.prisma, { demoPasswords: false })
    const input = {
      organizationId: demo.organizationId,
      propertyId: demo.propertyId,
      headGrowerId: demo.userIdByRole.HEAD_GROWER,
      staffId: demo.userIdByRole.STAFF,
    }
    const first = await seedDemoTasks(db.prisma, input)
    expect(await seedDemoTasks(db.prisma, input)).toEqual(first)
    const templates = await db.prisma.taskTemplate.findMany({ orderBy: { title: 'asc' } })
    expect(templates.map((t) => t.title)).toEqual([...DEMO_TEMPLATE_TITLES].sort())
    const recurrences = templates.map((t) => TaskRecurrenceSchema.parse(t.recurrence))
    expect(recurrences.map((r) => r.frequency).sort()).toEqual(['DAILY', 'WEEKLY'])
    const tasks = await db.prisma.task.findMany({ include: { assignee: true, room: true } })
    expect(tasks.map((t) => t.title).sort()).toEqual([...DEMO_TASK_TITLES].sort())
    expect(tasks.every((t) => t.assignee?.name === 'Sam Staff' && t.room !== null)).toBe(true)
    expect(tasks.filter((t) => t.dueAt === null)).toHaveLength(1)
  })
})
