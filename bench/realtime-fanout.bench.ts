// Alert fan-out over Socket.IO: 1,000 websocket clients in this process, each authenticated
// by its session cookie and subscribed to one organization, and the api's live publisher
// pushing one stored `sensor.alert` at 10/s for 10 s. Prints the connect/subscribe time, the
// emit cost per publish (the publisher's synchronous part) and delivery p50/p99 from publish
// to each client's handler (target p99 ≤ 250 ms). Then the same with two api instances on
// one Redis (clients on B, publishing on A) when Redis answers. Scratch database on
// BENCH_DATABASE_URL's server (default local PostgreSQL), dropped afterwards.
import { randomBytes, randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import { createClient } from 'redis'
import { io as connect, type Socket } from 'socket.io-client'
import {
  createPrismaClient,
  createSession,
  migrateDatabase,
  SESSION_COOKIE_NAME,
  type PrismaClient,
} from '@growops/db'
import type { LiveEnvelope } from '@growops/domain'
import {
  createLiveServer,
  type LiveRedisOptions,
  type LiveServer,
} from '../apps/api/src/realtime/live-server.ts'
import { recordLiveEvents } from '../apps/api/src/services/realtime/live-events.ts'

const CLIENTS = 1_000
const RATE_PER_SECOND = 10
const SECONDS = 10
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379'

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

interface Tenant {
  organizationId: string
  propertyId: string
  cookie: string
}

async function seed(prisma: PrismaClient): Promise<Tenant> {
  const organization = await prisma.organization.create({ data: { name: 'Bench', slug: 'bench' } })
  const user = await prisma.user.create({ data: { email: 'grower@bench.test', name: 'Grower' } })
  await prisma.membership.create({
    data: { userId: user.id, organizationId: organization.id, role: 'HEAD_GROWER' },
  })
  const property = await prisma.property.create({
    data: { organizationId: organization.id, code: 'MAIN', name: 'Main' },
  })
  const { token } = await createSession(prisma, user.id, { userAgent: 'bench', ipAddress: null })
  return {
    organizationId: organization.id,
    propertyId: property.id,
    cookie: `${SESSION_COOKIE_NAME}=${token}`,
  }
}

interface Instance {
  http: Server
  live: LiveServer
  url: string
}

async function startInstance(prisma: PrismaClient, redis?: LiveRedisOptions): Promise<Instance> {
  const http = createServer((_req, res) => res.writeHead(404).end())
  const live = createLiveServer(http, { prisma, trustProxy: false, redis, log: () => undefined })
  await live.ready
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  return { http, live, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` }
}

async function stopInstance(instance: Instance): Promise<void> {
  await instance.live.close()
  instance.http.closeAllConnections()
  await new Promise<void>((resolve) => instance.http.close(() => resolve()))
}

/** Connects and subscribes CLIENTS sockets, 50 at a time; every receipt goes to `onLive`. */
async function connectClients(
  url: string,
  tenant: Tenant,
  onLive: (envelope: LiveEnvelope) => void,
): Promise<Socket[]> {
  const sockets: Socket[] = []
  for (let start = 0; start < CLIENTS; start += 50) {
    const batch = Array.from({ length: Math.min(50, CLIENTS - start) }, async () => {
      const socket = connect(url, {
        path: '/socket.io',
        transports: ['websocket'],
        extraHeaders: { cookie: tenant.cookie },
        reconnection: false,
        forceNew: true,
      })
      socket.on('live', onLive)
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve)
        socket.once('connect_error', reject)
      })
      const ack = (await socket.timeout(10_000).emitWithAck('subscribe', {
        organizationId: tenant.organizationId,
      })) as { ok: boolean }
      if (!ack.ok) throw new Error('subscribe refused')
      sockets.push(socket)
    })
    await Promise.all(batch)
  }
  return sockets
}

function percentile(sorted: Float64Array, fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0
}

function alertEvent(tenant: Tenant, index: number) {
  return {
    type: 'sensor.alert' as const,
    organizationId: tenant.organizationId,
    propertyId: tenant.propertyId,
    payload: {
      alertId: randomUUID(),
      propertyId: tenant.propertyId,
      roomId: null,
      sensorId: null,
      kind: 'THRESHOLD' as const,
      metric: 'TEMPERATURE_C' as const,
      severity: 'WARNING' as const,
      status: 'OPEN' as const,
      message: `Bench alert ${index}`,
      value: 30 + (index % 5),
      threshold: 30,
      openedAt: new Date().toISOString(),
      acknowledgedAt: null,
      acknowledgedBy: null,
      resolvedAt: null,
      resolvedBy: null,
    },
  }
}

async function benchFanOut(
  label: string,
  prisma: PrismaClient,
  tenant: Tenant,
  clientsOn: Instance,
  publishOn: Instance,
): Promise<void> {
  const sentAt = new Map<string, number>()
  const latencies: number[] = []
  let received = 0
  const connectStarted = performance.now()
  const sockets = await connectClients(clientsOn.url, tenant, (envelope) => {
    const at = sentAt.get(envelope.seq)
    if (at !== undefined) latencies.push(performance.now() - at)
    received += 1
  })
  const connectMs = performance.now() - connectStarted
  const publishes = RATE_PER_SECOND * SECONDS
  const emitCosts = new Float64Array(publishes)
  const started = performance.now()
  for (let index = 0; index < publishes; index += 1) {
    const due = started + (index * 1000) / RATE_PER_SECOND
    const wait = due - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    const envelopes = await prisma.$transaction((tx) =>
      recordLiveEvents(tx, [alertEvent(tenant, index)]),
    )
    const before = performance.now()
    for (const envelope of envelopes) sentAt.set(envelope.seq, before)
    publishOn.live.publisher.publish(envelopes)
    emitCosts[index] = performance.now() - before
  }
  const expected = publishes * CLIENTS
  const deadline = performance.now() + 10_000
  while (received < expected && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  for (const socket of sockets) socket.close()
  emitCosts.sort()
  const sorted = Float64Array.from(latencies).sort()
  console.log(`${label}`)
  console.log(
    `  ${CLIENTS.toLocaleString('en')} clients connected + subscribed in ${connectMs.toFixed(0)} ms`,
  )
  console.log(
    `  emit per publish: p50 ${percentile(emitCosts, 0.5).toFixed(3)} ms  p99 ${percentile(emitCosts, 0.99).toFixed(3)} ms` +
      (clientsOn === publishOn
        ? `  (${((percentile(emitCosts, 0.5) * 1000) / CLIENTS).toFixed(2)} µs per socket at p50)`
        : '  (the publishing instance only appends to the Redis stream; B fans out)'),
  )
  console.log(
    `  delivery (publish → client handler): p50 ${percentile(sorted, 0.5).toFixed(1)} ms  p99 ${percentile(sorted, 0.99).toFixed(1)} ms` +
      `  max ${(sorted.at(-1) ?? 0).toFixed(1)} ms  (target p99 ≤ 250 ms)`,
  )
  console.log(
    `  delivered ${received.toLocaleString('en')} of ${expected.toLocaleString('en')} (${publishes} alerts at ${RATE_PER_SECOND}/s)`,
  )
}

async function redisAnswers(): Promise<boolean> {
  const client = createClient({ url: REDIS_URL, socket: { reconnectStrategy: false } })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.ping()
    return true
  } catch {
    return false
  } finally {
    if (client.isOpen) await client.quit()
  }
}

async function clearRedis(prefix: string): Promise<void> {
  const client = await createClient({ url: REDIS_URL }).connect()
  for await (const keys of client.scanIterator({ MATCH: `${prefix}:*` })) {
    if (keys.length > 0) await client.del(keys)
  }
  await client.quit()
}

async function waitForPeers(instances: Instance[]): Promise<void> {
  for (const instance of instances) {
    while ((await instance.live.io.of('/').adapter.serverCount()) < instances.length) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

export async function runRealtimeFanoutBench(): Promise<void> {
  const name = `growops_bench_realtime_${randomBytes(4).toString('hex')}`
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(serverUrl())
  url.pathname = `/${name}`
  const prisma = createPrismaClient(url.toString())
  try {
    await migrateDatabase(url.toString())
    const tenant = await seed(prisma)
    const single = await startInstance(prisma)
    try {
      await benchFanOut('one api instance (in-memory adapter)', prisma, tenant, single, single)
    } finally {
      await stopInstance(single)
    }
    if (!(await redisAnswers())) {
      console.log(`two api instances through Redis: skipped (no Redis at ${REDIS_URL})`)
      return
    }
    const redis = { url: REDIS_URL, prefix: `growops-bench:${randomUUID()}` }
    const a = await startInstance(prisma, redis)
    const b = await startInstance(prisma, redis)
    try {
      await waitForPeers([a, b])
      await benchFanOut(
        'two api instances through Redis (clients on B, published on A)',
        prisma,
        tenant,
        b,
        a,
      )
    } finally {
      await stopInstance(a)
      await stopInstance(b)
      await clearRedis(redis.prefix)
    }
  } finally {
    await prisma.$disconnect()
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runRealtimeFanoutBench()
