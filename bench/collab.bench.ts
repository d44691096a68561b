// The collab server (apps/collab) on a scratch database: edit propagation with 50 editors on
// one 10,000-position document at 250 edits/s, cold and warm load of that document through a
// real provider, and the server heap per open document. The server runs as a child process
// (as in production) for the timings; the heap is measured on an in-process server.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { Worker } from 'node:worker_threads'
import pg from 'pg'
import * as Y from 'yjs'
import { createPrismaClient, createSession, migrateDatabase, type PrismaClient } from '@growops/db'
import { LAYOUT_YDOC, layoutDocumentName } from '@growops/domain'
import { createCollabServer } from '../apps/collab/src/server.ts'
import { connect, type ConnectedProvider } from '../apps/collab/test/utils/providers.ts'
import { createMember } from '../prisma/seed/organizations.ts'
import { createPrismaLayoutStore } from '../apps/collab/src/persistence/layout-document-store.ts'
import {
  buildFacilityDocument,
  tableIds,
  tableRecord,
  type TableRecord,
} from './collab-document.ts'
import type { EditorsInput } from './collab-editors.ts'
import { printTiming, type Timing } from './lib.ts'

const EDITORS = 50
const EDITS_PER_SECOND = 250
const PROPAGATION_SECONDS = 10
const COLD_LOADS = 5
const WARM_LOADS = 20
const HEAP_DOCUMENTS = 20
const LOG_ROWS = 1000
const MAIN = fileURLToPath(new URL('../apps/collab/src/main.ts', import.meta.url))

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

function timingOf(samples: number[], totalMs: number): Timing {
  const sorted = Float64Array.from(samples).sort()
  const at = (f: number) => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))] ?? 0
  return { count: sorted.length, totalMs, p50Ms: at(0.5), p99Ms: at(0.99) }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One organization, an editor's session token, and `count` properties with the document. */
async function seed(prisma: PrismaClient, count: number, state: Uint8Array) {
  const organization = await prisma.organization.create({ data: { name: 'Bench', slug: 'bench' } })
  const user = await createMember(prisma, {
    email: 'owner@bench.test',
    name: 'Bench owner',
    organizationId: organization.id,
    role: 'OWNER',
  })
  const { token } = await createSession(prisma, user.id, { userAgent: 'bench', ipAddress: '::1' })
  const documents: string[] = []
  for (let i = 0; i < count; i++) {
    const property = await prisma.property.create({
      data: { organizationId: organization.id, code: `P${i}`, name: `Property ${i}` },
    })
    const name = layoutDocumentName(property.id)
    await prisma.layoutDocument.create({
      data: {
        name,
        propertyId: property.id,
        state: new Uint8Array(state),
        compactedAt: new Date(),
      },
    })
    documents.push(name)
  }
  return { token, documents }
}

async function startChild(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, COLLAB_PORT: '0' }
  delete env.REDIS_URL
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening on (ws:\/\/\S+)/.exec(output)
      if (match?.[1]) resolve(match[1])
    })
    child.once('exit', (code) => reject(new Error(`collab exited (${code}): ${output}`)))
  })
  return { child, url }
}

async function connectSynced(url: string, documentName: string, token: string) {
  const started = performance.now()
  const client = connect(url, documentName, { token })
  const outcome = await client.outcome
  if (outcome.result !== 'synced') throw new Error(`connection denied: ${outcome.reason}`)
  return { client, ms: performance.now() - started }
}

/** Waits for the worker's next message that has `key`. */
function nextMessage(worker: Worker, key: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: Record<string, unknown>) => {
      if (!(key in message)) return
      worker.off('message', onMessage)
      resolve(message)
    }
    worker.on('message', onMessage)
    worker.once('error', reject)
  })
}

async function measurePropagation(url: string, documentName: string, token: string) {
  const observer = (await connectSynced(url, documentName, token)).client
  const input: EditorsInput = {
    url,
    documentName,
    token,
    editors: EDITORS,
    editsPerSecond: EDITS_PER_SECOND,
  }
  // The worker registers tsx itself: loaders given on the command line do not reach workers.
  const script = new URL('./collab-editors.ts', import.meta.url).href
  const tsx = import.meta.resolve('tsx/esm/api')
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script)}) })`
  const worker = new Worker(bootstrap, { eval: true, workerData: input })
  await nextMessage(worker, 'ready')
  const samples: number[] = []
  let measuring = false
  const records = observer.provider.document.getMap<TableRecord>(LAYOUT_YDOC.records)
  records.observe((event) => {
    const receivedAt = performance.timeOrigin + performance.now()
    // Yjs types the changed keys loosely; the records map is keyed by record id.
    for (const key of event.keysChanged as Set<string>) {
      const sentAt = records.get(key)?.meta.sentAt
      if (measuring && typeof sentAt === 'number') samples.push(receivedAt - sentAt)
    }
  })
  worker.postMessage({ run: 1 }) // warm-up
  await nextMessage(worker, 'done')
  // Starts a new event-loop-delay window and reads the server's CPU time so far.
  const before = (await (await fetch(`${url.replace(/^ws/, 'http')}/metrics`)).json()) as {
    cpuMs: number
  }
  measuring = true
  const started = performance.now()
  worker.postMessage({ run: PROPAGATION_SECONDS })
  await nextMessage(worker, 'done')
  await sleep(200)
  measuring = false
  const metrics = (await (await fetch(`${url.replace(/^ws/, 'http')}/metrics`)).json()) as {
    eventLoopDelayMs: { p50: number; p99: number; max: number }
    cpuMs: number
  }
  printTiming(
    `propagation, ${EDITORS} editors, ${EDITS_PER_SECOND}/s (edit→other client)`,
    timingOf(samples, performance.now() - started),
  )
  const delay = metrics.eventLoopDelayMs
  const cpuPerEdit = (metrics.cpuMs - before.cpuMs) / samples.length
  console.log(
    `${'  server meanwhile: event-loop delay'.padEnd(48)} p50 ${delay.p50.toFixed(1)} ms  p99 ${delay.p99.toFixed(1)} ms  max ${delay.max.toFixed(1)} ms;` +
      ` CPU ${cpuPerEdit.toFixed(3)} ms per edit (${EDITORS + 1} receivers)`,
  )
  console.log(
    `  load average ${loadavg()
      .map((v) => v.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  )
  worker.postMessage({ stop: true })
  await nextMessage(worker, 'stopped')
  await worker.terminate()
  observer.destroy()
}

async function measureLoads(url: string, documents: string[], token: string, metricsUrl: string) {
  // Warms the server's code paths.
  ;(await connectSynced(url, documents[0] ?? '', token)).client.destroy()
  const cold: number[] = []
  const open: ConnectedProvider[] = []
  for (const name of documents.slice(1, 1 + COLD_LOADS)) {
    const { client, ms } = await connectSynced(url, name, token)
    cold.push(ms)
    open.push(client)
  }
  printTiming('cold load of a 10,000-position document', timingOf(cold, sum(cold)))
  const warm: number[] = []
  for (let i = 0; i < WARM_LOADS; i++) {
    const { client, ms } = await connectSynced(url, documents[1] ?? '', token)
    warm.push(ms)
    client.destroy()
  }
  printTiming('warm load (document already open)', timingOf(warm, sum(warm)))
  for (const client of open) client.destroy()
  const metrics = (await (await fetch(`${metricsUrl}/metrics`)).json()) as Record<string, unknown>
  console.log(`collab /metrics after the runs: ${JSON.stringify(metrics)}`)
}

/**
 * Loading and compacting a document whose log holds `LOG_ROWS` table drags (one row each,
 * as a slow stream of single edits would leave it): the store's own figures.
 */
async function measureLogAndCompaction(prisma: PrismaClient, documentName: string) {
  const store = createPrismaLayoutStore(prisma)
  const stored = await store.load(documentName)
  const doc = new Y.Doc()
  if (stored.state) Y.applyUpdate(doc, stored.state)
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const ids = tableIds()
  for (let i = 0; i < LOG_ROWS; i++) {
    const [b = 0, r = 0, t = 0] = (ids[i % ids.length] ?? '')
      .replace('shape:table-', '')
      .split('-')
      .map(Number)
    doc.getMap(LAYOUT_YDOC.records).set(`shape:table-${b}-${r}-${t}`, tableRecord(b, r, t, i))
  }
  for (const update of updates) await store.append(documentName, update)
  let started = performance.now()
  const loaded = await store.load(documentName)
  const merged = new Y.Doc()
  Y.applyUpdate(merged, Y.mergeUpdates([loaded.state ?? new Uint8Array(), ...loaded.updates]))
  printOnce(`load state + ${LOG_ROWS} log rows (read and apply)`, performance.now() - started)
  started = performance.now()
  const rows = await store.compact(documentName)
  printOnce(`compaction of ${rows} log rows into the state`, performance.now() - started)
}

function printOnce(label: string, ms: number): void {
  console.log(`${label.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms`)
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0)
}

/** Live heap after a full collection (`gc` exposed at runtime: no node flag needed). */
function liveHeap(): number {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

async function measureHeap(prisma: PrismaClient, documents: string[]) {
  const server = createCollabServer({ prisma, host: '127.0.0.1', port: 0 })
  await server.listen()
  try {
    const before = liveHeap()
    const connections = []
    for (const name of documents.slice(0, HEAP_DOCUMENTS)) {
      connections.push(await server.hocuspocus.openDirectConnection(name))
    }
    const after = liveHeap()
    const perDocument = (after - before) / connections.length / 1e6
    console.log(
      `${`server heap per open 10,000-position document`.padEnd(48)} ${perDocument.toFixed(2)} MB` +
        `  (${connections.length} open, live heap +${((after - before) / 1e6).toFixed(1)} MB)`,
    )
    for (const connection of connections) await connection.disconnect()
  } finally {
    await server.destroy()
  }
}

export async function runCollabBench(): Promise<void> {
  const name = `growops_bench_collab_${randomBytes(4).toString('hex')}`
  await admin(`CREATE DATABASE "${name}"`)
  const url = new URL(serverUrl())
  url.pathname = `/${name}`
  const prisma = createPrismaClient(url.toString())
  let child: ChildProcess | null = null
  try {
    await migrateDatabase(url.toString())
    const doc = buildFacilityDocument()
    const state = Y.encodeStateAsUpdate(doc)
    console.log(
      `document: ${doc.getMap(LAYOUT_YDOC.records).size} records, 10,000 positions, state ${(state.byteLength / 1024).toFixed(0)} KiB`,
    )
    const { token, documents } = await seed(prisma, 1 + HEAP_DOCUMENTS, state)
    const started = await startChild(url.toString())
    child = started.child
    const httpUrl = started.url.replace(/^ws/, 'http')
    await measureLoads(started.url, documents, token, httpUrl)
    await measurePropagation(started.url, documents[0] ?? '', token)
    child.kill('SIGTERM')
    await new Promise((resolve) => child?.once('exit', resolve))
    child = null
    await measureHeap(prisma, documents.slice(1))
    await measureLogAndCompaction(prisma, documents[HEAP_DOCUMENTS] ?? '')
  } finally {
    child?.kill('SIGKILL')
    await prisma.$disconnect()
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runCollabBench()
  process.exit(0)
}
