// The labor report at a year of entries for 200 people (~52,000 entries, most with a lunch
// break, some through tasks of batches), through the api's service (database query included)
// on a scratch database (BENCH_DATABASE_URL's server, default the local PostgreSQL; dropped
// afterwards). Prints p50/max over several runs per groupBy; target ≤ 500 ms.
import { randomBytes, randomUUID } from 'node:crypto'
import pg from 'pg'
import { createPrismaClient, migrateDatabase, type PrismaClient, type Role } from '@growops/db'
import { addDays, LaborReportInputSchema, type LaborReportInput } from '@growops/domain'
import { upsertBuilding, upsertProperty, upsertRoom } from '../prisma/seed/facility.ts'
import type { Actor } from '../apps/api/src/services/access/actor.ts'
import { laborReport } from '../apps/api/src/services/labor/labor-report.ts'

const PEOPLE = 200
const ROOMS = 10
const BATCHES = 20
const TASKS = 100
const FIRST_MONDAY = '2025-01-06'
const WEEKS = 52
const RUNS = 7
const TIME_ZONE = 'America/Los_Angeles'
const CHUNK = 5000
const H = 3_600_000

function serverUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** A small deterministic generator, so every run benches the same year. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

interface Org {
  actor: Actor
  userIds: string[]
  roomIds: string[]
  batchIds: string[]
  tasks: { id: string }[]
}

async function seedOrganization(prisma: PrismaClient): Promise<Org> {
  const organization = await prisma.organization.create({ data: { name: 'Bench', slug: 'bench' } })
  const roles: Role[] = ['STAFF', 'STAFF', 'STAFF', 'STAFF', 'HEAD_GROWER']
  const userIds = Array.from({ length: PEOPLE }, () => randomUUID())
  await prisma.user.createMany({
    data: userIds.map((id, n) => ({ id, email: `worker${n}@bench.test`, name: `Worker ${n}` })),
  })
  await prisma.membership.createMany({
    data: userIds.map((userId, n) => ({
      userId,
      organizationId: organization.id,
      role: n === 0 ? 'OWNER' : (roles[n % roles.length] ?? 'STAFF'),
    })),
  })
  const ownerId = userIds[0] ?? ''
  const property = await upsertProperty(prisma, {
    organizationId: organization.id,
    code: 'MAIN',
    name: 'Main',
  })
  const building = await upsertBuilding(prisma, {
    propertyId: property.id,
    code: 'GROW1',
    name: 'Grow 1',
    type: 'CULTIVATION',
  })
  const roomIds: string[] = []
  for (let r = 1; r <= ROOMS; r++) {
    const room = await upsertRoom(prisma, {
      buildingId: building.id,
      code: `ROOM-${r}`,
      name: `Room ${r}`,
      type: 'FLOWER',
    })
    roomIds.push(room.id)
  }
  const batchIds = Array.from({ length: BATCHES }, () => randomUUID())
  await prisma.batch.createMany({
    data: batchIds.map((id, n) => ({
      id,
      organizationId: organization.id,
      propertyId: property.id,
      name: `B-${n + 1}`,
      strain: 'Bench Kush',
      stage: 'FLOWERING',
    })),
  })
  const tasks = Array.from({ length: TASKS }, (_, n) => ({
    id: randomUUID(),
    organizationId: organization.id,
    title: `Task ${n}`,
    batchId: batchIds[n % BATCHES] ?? null,
    roomId: roomIds[n % ROOMS] ?? null,
    createdById: ownerId,
  }))
  await prisma.task.createMany({ data: tasks })
  await prisma.weightLog.createMany({
    data: batchIds.slice(0, BATCHES / 2).map((batchId) => ({
      organizationId: organization.id,
      batchId,
      kind: 'DRY' as const,
      value: 12,
      unit: 'KG' as const,
      grams: 12_000,
      recordedById: ownerId,
    })),
  })
  // Role defaults plus a personal rate (and a raise mid-year) for every tenth person.
  await prisma.wageRate.createMany({
    data: [
      ...(['STAFF', 'HEAD_GROWER'] as const).map((role, n) => ({
        organizationId: organization.id,
        role,
        hourlyCents: 1800 + n * 1200,
        effectiveFrom: new Date('2024-01-01T00:00:00Z'),
        createdById: ownerId,
      })),
      ...userIds
        .filter((_, n) => n % 10 === 0)
        .flatMap((userId) =>
          ['2024-06-01', '2025-07-01'].map((from, n) => ({
            organizationId: organization.id,
            userId,
            hourlyCents: 2200 + n * 200,
            effectiveFrom: new Date(`${from}T07:00:00Z`),
            createdById: ownerId,
          })),
        ),
    ],
  })
  return {
    actor: { userId: ownerId, organizationId: organization.id, role: 'OWNER', level: 'FULL' },
    userIds,
    roomIds,
    batchIds,
    tasks,
  }
}

/** Mon–Fri 7–11 h shifts (every fifth person also Saturdays, every 40th all week). */
async function seedEntries(prisma: PrismaClient, org: Org): Promise<number> {
  const next = random(42)
  const entries: {
    id: string
    organizationId: string
    userId: string
    clockInAt: Date
    clockOutAt: Date
    roomId: string | null
    batchId: string | null
    taskId: string | null
    createdById: string
  }[] = []
  const breaks: { timeEntryId: string; startedAt: Date; endedAt: Date; paid: boolean }[] = []
  org.userIds.forEach((userId, person) => {
    const days = person % 40 === 0 ? 7 : person % 5 === 0 ? 6 : 5
    for (let week = 0; week < WEEKS; week++) {
      for (let day = 0; day < days; day++) {
        const date = addDays(FIRST_MONDAY, week * 7 + day)
        // 06:00–08:00 Pacific (14:00–16:00 UTC in winter) plus jitter.
        const start = Date.parse(`${date}T14:00:00Z`) + Math.floor(next() * 8) * 15 * 60_000
        const hours = 7 + Math.floor(next() * 17) / 4
        const id = randomUUID()
        const viaTask = next() < 0.2 ? org.tasks[Math.floor(next() * TASKS)] : undefined
        entries.push({
          id,
          organizationId: org.actor.organizationId,
          userId,
          clockInAt: new Date(start),
          clockOutAt: new Date(start + hours * H + 30 * 60_000),
          roomId: viaTask ? null : (org.roomIds[(person + day) % ROOMS] ?? null),
          batchId: viaTask ? null : (org.batchIds[(person + week) % BATCHES] ?? null),
          taskId: viaTask?.id ?? null,
          createdById: userId,
        })
        breaks.push({
          timeEntryId: id,
          startedAt: new Date(start + 4 * H),
          endedAt: new Date(start + 4.5 * H),
          paid: false,
        })
        if (next() < 0.3) {
          breaks.push({
            timeEntryId: id,
            startedAt: new Date(start + 2 * H),
            endedAt: new Date(start + 2.25 * H),
            paid: true,
          })
        }
      }
    }
  })
  for (let from = 0; from < entries.length; from += CHUNK) {
    await prisma.timeEntry.createMany({ data: entries.slice(from, from + CHUNK) })
  }
  for (let from = 0; from < breaks.length; from += CHUNK) {
    await prisma.timeBreak.createMany({ data: breaks.slice(from, from + CHUNK) })
  }
  await prisma.$executeRawUnsafe('ANALYZE "TimeEntry", "TimeBreak", "Task"')
  console.log(
    `${entries.length.toLocaleString('en')} entries and ${breaks.length.toLocaleString('en')} breaks for ${PEOPLE} people`,
  )
  return entries.length
}

async function benchReport(prisma: PrismaClient, org: Org, input: LaborReportInput): Promise<void> {
  const samples: number[] = []
  const cpu: number[] = []
  let rows = 0
  // One warm-up run, then RUNS measured. CPU time is this process's alone (the database's
  // work is in the wall time only), a figure a busy machine disturbs less.
  for (let run = 0; run <= RUNS; run++) {
    const started = performance.now()
    const cpuBefore = process.cpuUsage()
    const report = await laborReport(prisma, org.actor, input)
    const elapsed = performance.now() - started
    const used = process.cpuUsage(cpuBefore)
    rows = report.rows.length
    if (run > 0) {
      samples.push(elapsed)
      cpu.push((used.user + used.system) / 1000)
    }
  }
  const p50 = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
  const max = Math.max(...samples)
  const label = input.groupBy === 'period' ? `period (${input.period})` : input.groupBy
  console.log(
    `labor.report ${label.padEnd(16)} ${String(rows).padStart(4)} rows  p50 ${p50(samples).toFixed(1).padStart(7)} ms  max ${max.toFixed(1).padStart(7)} ms  node CPU p50 ${p50(cpu).toFixed(1).padStart(6)} ms  (n=${RUNS}, target ≤ 500 ms)`,
  )
}

/** The bench's organization and year of entries (also for profiling on a kept database). */
export async function seedLaborYear(prisma: PrismaClient): Promise<Org> {
  const org = await seedOrganization(prisma)
  await seedEntries(prisma, org)
  return org
}

export async function runLaborReportBench(): Promise<void> {
  const name = `growops_bench_labor_${randomBytes(4).toString('hex')}`
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(serverUrl())
  url.pathname = `/${name}`
  const prisma = createPrismaClient(url.toString())
  try {
    await migrateDatabase(url.toString())
    const org = await seedLaborYear(prisma)
    const year = { from: '2025-01-01', to: '2025-12-31', timeZone: TIME_ZONE }
    for (const [groupBy, period] of [
      ['person', 'week'],
      ['room', 'week'],
      ['batch', 'week'],
      ['period', 'day'],
      ['period', 'week'],
      ['period', 'month'],
    ] as const) {
      await benchReport(prisma, org, LaborReportInputSchema.parse({ ...year, groupBy, period }))
    }
  } finally {
    await prisma.$disconnect()
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runLaborReportBench()
