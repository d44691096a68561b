// The Hocuspocus server (one Y.Doc per property, "layout:<propertyId>") and its plain HTTP
// endpoints. Every connection is authenticated; documents are stored incrementally in
// PostgreSQL; with Redis, several instances serve one document.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Server, type Extension } from '@hocuspocus/server'
import type { PrismaClient } from '@growops/db'
import { createAuthentication } from './extensions/authentication.ts'
import {
  createPersistence,
  type Persistence,
  type PersistenceSettings,
} from './extensions/persistence.ts'
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

function answerMetrics(server: Server, persistence: Persistence, res: ServerResponse): void {
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
      uptimeSeconds: Math.round(process.uptime()),
      heapUsedBytes: process.memoryUsage().heapUsed,
    }),
  )
}

function pathnameOf(request: IncomingMessage): string {
  return new URL(request.url ?? '/', 'http://x').pathname
}

export function createCollabServer(options: CollabServerOptions): Server {
  const persistence = createPersistence({
    store: createPrismaLayoutStore(options.prisma),
    ...options.persistence,
  })
  const extensions: Extension[] = [
    createAuthentication(options.prisma),
    persistence.extension,
    ...(options.redis ? [createRedisExtension(options.redis)] : []),
    ...(options.extensions ?? []),
  ]
  const server: Server = new Server({
    name: 'growops-collab',
    address: options.host,
    port: options.port,
    quiet: options.quiet ?? true,
    stopOnSignals: false,
    extensions,
    async onRequest({ request, response }) {
      const pathname = pathnameOf(request)
      if (pathname !== '/health' && pathname !== '/metrics') return
      if (pathname === '/health') await answerHealth(options.prisma, server, response)
      else answerMetrics(server, persistence, response)
      // Hocuspocus skips its own answer when a hook rejects with no error.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      return Promise.reject(null)
    },
  })
  return server
}
