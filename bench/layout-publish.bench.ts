// layout.publish at facility scale, through the api's service on a scratch database
// (BENCH_DATABASE_URL's server, default the local PostgreSQL; dropped afterwards):
// publishing a 10,000-position snapshot onto an empty property (target ≤ 3 s), publishing
// it again unchanged (target ≤ 300 ms), a building rename that re-addresses all 10,000
// positions, and layout.preview of that rename.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { createPrismaClient, migrateDatabase, type PrismaClient } from '@growops/db'
import type { LayoutSnapshot } from '@growops/domain'
import { upsertProperty } from '../prisma/seed/facility.ts'
import { largeSnapshot } from '../apps/api/src/routers/layout/layout-test-support.ts'
import type { Actor } from '../apps/api/src/services/access/actor.ts'
import { previewLayout, publishLayout } from '../apps/api/src/services/layout/publish-layout.ts'

const POSITIONS = 10_000
/** The first includes the process's cold start (JIT, first queries); printed apart. */
const FRESH_RUNS = 4
const REPUBLISH_RUNS = 10

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

function printRuns(label: string, samples: number[], target: string): void {
  const sorted = [...samples].sort((x, y) => x - y)
  const p50 = sorted[Math.floor(sorted.length / 2)] ?? 0
  const max = sorted[sorted.length - 1] ?? 0
  console.log(
    `${label.padEnd(48)} n=${String(samples.length).padStart(3)}  p50 ${p50.toFixed(1).padStart(8)} ms` +
      `  max ${max.toFixed(1).padStart(8)} ms  (target ${target})`,
  )
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const result = await fn()
  return [result, performance.now() - started]
}

async function setUp(prisma: PrismaClient): Promise<Actor> {
  const organization = await prisma.organization.create({
    data: { name: 'Bench', slug: 'bench-layout' },
  })
  const user = await prisma.user.create({ data: { email: 'owner@bench.test', name: 'Owner' } })
  await prisma.membership.create({
    data: { userId: user.id, organizationId: organization.id, role: 'OWNER' },
  })
  return { userId: user.id, organizationId: organization.id, role: 'OWNER', level: 'FULL' }
}

function renamed(snapshot: LayoutSnapshot, code: string): LayoutSnapshot {
  return {
    ...snapshot,
    buildings: snapshot.buildings.map((building) => ({ ...building, code })),
  }
}

async function benchPublish(prisma: PrismaClient, actor: Actor): Promise<void> {
  const snapshot = largeSnapshot(POSITIONS)
  const fresh: number[] = []
  let propertyId = ''
  for (let run = 0; run < FRESH_RUNS; run++) {
    const property = await upsertProperty(prisma, {
      organizationId: actor.organizationId,
      code: `P${run + 1}`,
      name: `Property ${run + 1}`,
    })
    propertyId ||= property.id
    const [answer, ms] = await timed(() =>
      publishLayout(prisma, actor, { propertyId: property.id, snapshot }),
    )
    if (answer.diff.positions.create !== POSITIONS) throw new Error('publish created too little')
    fresh.push(ms)
  }
  const [cold = 0, ...warm] = fresh
  printRuns(
    `publish ${POSITIONS.toLocaleString('en')} positions, first (cold process)`,
    [cold],
    '≤ 3 s',
  )
  printRuns(`publish ${POSITIONS.toLocaleString('en')} positions (empty property)`, warm, '≤ 3 s')
  await prisma.$executeRawUnsafe('ANALYZE')

  const again: number[] = []
  for (let run = 0; run < REPUBLISH_RUNS; run++) {
    const [answer, ms] = await timed(() => publishLayout(prisma, actor, { propertyId, snapshot }))
    if (!answer.diff.unchanged) throw new Error('republish changed something')
    again.push(ms)
  }
  printRuns('republish unchanged', again, '≤ 300 ms')

  const [preview, previewMs] = await timed(() =>
    previewLayout(prisma, actor, { propertyId, snapshot: renamed(snapshot, 'GROW2') }),
  )
  printRuns(
    `preview building rename (${preview.diff.positions.readdress} re-addressed)`,
    [previewMs],
    '—',
  )
  const readdress: number[] = []
  for (const [run, code] of ['GROW2', 'GROW3', 'GROW1'].entries()) {
    const [answer, ms] = await timed(() =>
      publishLayout(prisma, actor, { propertyId, snapshot: renamed(snapshot, code) }),
    )
    if (answer.diff.positions.readdress !== POSITIONS) throw new Error(`rename ${run} missed`)
    readdress.push(ms)
  }
  printRuns(
    `publish building rename (${POSITIONS.toLocaleString('en')} re-addressed)`,
    readdress,
    '—',
  )
}

export async function runLayoutPublishBench(): Promise<void> {
  const name = `growops_bench_layout_${randomBytes(4).toString('hex')}`
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(serverUrl())
  url.pathname = `/${name}`
  const prisma = createPrismaClient(url.toString())
  try {
    await migrateDatabase(url.toString())
    await benchPublish(prisma, await setUp(prisma))
  } finally {
    await prisma.$disconnect()
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runLayoutPublishBench()
