// The Hocuspocus server (one Y.Doc per property, "layout:<propertyId>") and its plain HTTP
// endpoints. Every connection is authenticated; documents are stored incrementally in
// PostgreSQL; with Redis, several instances serve one document.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks'
import { Server, type Extension } from '@hocuspocus/server'
import type { PrismaClient } from '@growops/db'
import { createAuthentication } from './extensions/authentication.ts'
import {
  createPersistence,
  type Persistence,
  type PersistenceSettings,
} from './extensions/persistence.ts'
import { createPresenceGuard } from './extensions/presence.ts'
import { createRedisExtension, type RedisSettings } from './extensions/redis.ts'
import { createPrismaLayoutStore } from './persistence/layout-document-store.ts'

export interface CollabServerOptions {
  prisma: PrismaClient
  host: string
  port: number
  /** Added after authentication, persistence and Redis, which every server has. */
  extensions?: Extension[]
  quiet?: boolean
  /** Overrides of the persistence timings, or another store (tests inject failures). */
  persistence?: Partial<PersistenceSettings>
  /** Set (from REDIS_URL) to share documents with other instances. */
  redis?: RedisSettings | null
}

async function answerHealth(
  prisma: PrismaClient,
  server: Server,
  res: ServerResponse,
): Promise<void> {
  let database: 'ok' | 'unavailable' = 'ok'
  try {
    await prisma.$queryRaw`SELECT 1`
  } catch {
    database = 'unavailable'
  }
  res.writeHead(database === 'ok' ? 200 : 503, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  res.end(
    JSON.stringify({
      status: database === 'ok' ? 'ok' : 'degraded',
      service: 'collab',
      database,
      documents: server.hocuspocus.getDocumentsCount(),
      connections: server.hocuspocus.getConnectionsCount(),
    }),
  )
}

const NS_PER_MS = 1e6
/** Sampling interval of the event-loop delay histogram; samples include it, so it is subtracted. */
const LOOP_DELAY_RESOLUTION_MS = 10

function delayMs(nanoseconds: number): number {
  return Math.max(0, nanoseconds / NS_PER_MS - LOOP_DELAY_RESOLUTION_MS)
}

/**
 * Counters and gauges as JSON. `eventLoopDelayMs` covers the time since the previous
 * /metrics answer (a scraper polling it gets one window per scrape).
 */
function answerMetrics(
  server: Server,
  persistence: Persistence,
  loopDelay: IntervalHistogram,
  res: ServerResponse,
): void {
  const eventLoopDelayMs = {
    p50: delayMs(loopDelay.percentile(50)),
    p99: delayMs(loopDelay.percentile(99)),
    max: delayMs(loopDelay.max),
  }
  loopDelay.reset()
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  res.end(
    JSON.stringify({
      service: 'collab',
      documents: server.hocuspocus.getDocumentsCount(),
      connections: server.hocuspocus.getConnectionsCount(),
      ...persistence.metrics(),
      eventLoopDelayMs,
      cpuMs: cpuMs(),
      uptimeSeconds: Math.round(process.uptime()),
      heapUsedBytes: process.memoryUsage().heapUsed,
    }),
  )
}

/** CPU time this process used since it started (user + system), in ms. */
function cpuMs(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

function pathnameOf(request: IncomingMessage): string {
  return new URL(request.url ?? '/', 'http://x').pathname
}

export function createCollabServer(options: CollabServerOptions): Server {
  const persistence = createPersistence({
    store: createPrismaLayoutStore(options.prisma),
    ...options.persistence,
  })
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS })
  loopDelay.enable()
  const extensions: Extension[] = [
    createAuthentication(options.prisma),
    createPresenceGuard(),
    persistence.extension,
    ...(options.redis ? [createRedisExtension(options.redis)] : []),
    ...(options.extensions ?? []),
    {
      extensionName: 'growops-metrics',
      onDestroy: () => Promise.resolve(loopDelay.disable()),
    },
  ]
  const server: Server = new Server({
    name: 'growops-collab',
    address: options.host,
    port: options.port,
    quiet: options.quiet ?? true,
    stopOnSignals: false,
    // Hocuspocus' debounced onStoreDocument (2 s, at most 10 s) stays: persistence already
    // stores each update within its own flush window, so that hook only flushes early, and
    // Hocuspocus runs it before unloading a document whose last client left.
    debounce: 2000,
    maxDebounce: 10_000,
    extensions,
    async onRequest({ request, response }) {
      const pathname = pathnameOf(request)
      if (pathname !== '/health' && pathname !== '/metrics') return
      if (pathname === '/health') await answerHealth(options.prisma, server, response)
      else answerMetrics(server, persistence, loopDelay, response)
      // Hocuspocus skips its own answer when a hook rejects with no error.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      return Promise.reject(null)
    },
  })
  return server
}
