// The audit trail at 100,000 entries: batch append, audit.verify (pages of 1000), audit.list
// first and deep pages, and the CSV export's throughput and heap. Runs on a scratch database
// on BENCH_DATABASE_URL's server (default: the local PostgreSQL), dropped afterwards.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { createPrismaClient, migrateDatabase, type PrismaClient } from '@growops/db'
import type { Actor } from '../apps/api/src/services/access/actor.ts'
import { appendAuditEntries } from '../apps/api/src/services/audit/append-audit-entry.ts'
import { listAuditEntries } from '../apps/api/src/services/audit/list-audit-entries.ts'
import { streamAuditCsv } from '../apps/api/src/services/audit/stream-audit-csv.ts'
import { verifyAuditChain } from '../apps/api/src/services/audit/verify-audit-chain.ts'
import { measure, printTiming } from './lib.ts'

const ENTRIES = 100_000
const BATCH = 5000

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

function printOnce(label: string, ms: number, extra = ''): void {
  console.log(`${label.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms${extra ? `  ${extra}` : ''}`)
}

async function seed(prisma: PrismaClient, actor: Actor): Promise<void> {
  const started = performance.now()
  for (let from = 0; from < ENTRIES; from += BATCH) {
    await prisma.$transaction(
      (tx) =>
        appendAuditEntries(
          tx,
          Array.from({ length: BATCH }, (_, index) => ({
            organizationId: actor.organizationId,
            actorId: actor.userId,
            action: 'plant.move',
            entityType: 'Plant',
            entityId: `plant-${(from + index) % 5000}`,
            before: { address: `MAIN.GROW1.VEG-A.LEFT.R1.C${index % 40}.P1` },
            after: { address: `MAIN.GROW1.VEG-A.LEFT.R2.C${index % 40}.P1`, reason: 'TRANSPLANT' },
          })),
        ),
      { timeout: 60_000 },
    )
  }
  printOnce(
    `appendAuditEntries ${ENTRIES.toLocaleString('en')} (batches of ${BATCH})`,
    performance.now() - started,
  )
}

/** Live heap after a full collection (run with --expose-gc), else the heap as it stands. */
function liveHeap(): number {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  return process.memoryUsage().heapUsed
}

async function exportAll(prisma: PrismaClient, actor: Actor): Promise<void> {
  const heapBefore = liveHeap()
  let heapPeak = heapBefore
  let bytes = 0
  let pages = 0
  const started = performance.now()
  for await (const chunk of streamAuditCsv(prisma, actor, {})) {
    bytes += Buffer.byteLength(chunk)
    // Sampling every 10th page keeps the collections from dominating the timing.
    if (++pages % 10 === 0) heapPeak = Math.max(heapPeak, liveHeap())
  }
  const gcNote = 'gc' in globalThis ? 'live heap' : 'heap without forced GC'
  printOnce(
    'CSV export, all entries (pages of 1000)',
    performance.now() - started,
    `${(bytes / 1e6).toFixed(1)} MB, ${gcNote} peak +${((heapPeak - heapBefore) / 1e6).toFixed(1)} MB`,
  )
}

export async function runAuditBench(): Promise<void> {
  const name = `growops_bench_audit_${randomBytes(4).toString('hex')}`
  await admin(`CREATE DATABASE "${name}"`)
  const url = new URL(serverUrl())
  url.pathname = `/${name}`
  const prisma = createPrismaClient(url.toString())
  try {
    await migrateDatabase(url.toString())
    const organization = await prisma.organization.create({
      data: { name: 'Bench', slug: 'bench' },
    })
    const user = await prisma.user.create({ data: { email: 'bench@bench.test', name: 'Bench' } })
    const actor: Actor = {
      userId: user.id,
      organizationId: organization.id,
      role: 'OWNER',
      level: 'FULL',
    }
    await seed(prisma, actor)

    const started = performance.now()
    const result = await verifyAuditChain(prisma, organization.id)
    printOnce(
      `audit.verify ${result.checked.toLocaleString('en')} entries (ok=${result.ok})`,
      performance.now() - started,
    )

    printTiming(
      'audit.list first page of 50',
      await measure(200, () => listAuditEntries(prisma, actor, { limit: 50 }), 20),
    )
    const deep = String(ENTRIES / 10)
    printTiming(
      'audit.list page of 50 at seq 10,000 (keyset)',
      await measure(200, () => listAuditEntries(prisma, actor, { limit: 50, cursor: deep }), 20),
    )
    printTiming(
      'audit.list one entity (20 entries)',
      await measure(
        200,
        () =>
          listAuditEntries(prisma, actor, { limit: 50, entityType: 'Plant', entityId: 'plant-42' }),
        20,
      ),
    )
    await exportAll(prisma, actor)
  } finally {
    await prisma.$disconnect()
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runAuditBench()
