// The Hocuspocus server (one Y.Doc per property, "layout:<propertyId>") and its plain HTTP
// endpoints. Every connection is authenticated; persistence and Redis are further extensions.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Server, type Extension } from '@hocuspocus/server'
import type { PrismaClient } from '@growops/db'
import { createAuthentication } from './extensions/authentication.ts'

export interface CollabServerOptions {
  prisma: PrismaClient
  host: string
  port: number
  /** Added after authentication, which every server has. */
  extensions?: Extension[]
  quiet?: boolean
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

function pathnameOf(request: IncomingMessage): string {
  return new URL(request.url ?? '/', 'http://x').pathname
}

export function createCollabServer(options: CollabServerOptions): Server {
  const server: Server = new Server({
    name: 'growops-collab',
    address: options.host,
    port: options.port,
    quiet: options.quiet ?? true,
    stopOnSignals: false,
    extensions: [createAuthentication(options.prisma), ...(options.extensions ?? [])],
    async onRequest({ request, response }) {
      if (pathnameOf(request) === '/health') {
        await answerHealth(options.prisma, server, response)
        // Hocuspocus skips its own answer when a hook rejects with no error.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        return Promise.reject(null)
      }
    },
  })
  return server
}
