// The api's HTTP server: /health, /trpc, and the built web app, with Socket.IO (/socket.io)
// on the same server; ctx.live of every procedure is its publisher. No request can take the process down: every handler's failure
// ends as a 500 for that request only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { resolve } from 'node:path'
import { createHTTPHandler } from '@trpc/server/adapters/standalone'
import type { PrismaClient } from '@growops/db'
import type { ApiEnv } from './env.ts'
import { AUDIT_EXPORT_PATH, answerAuditExport } from './http/exports.ts'
import { AUDIT_PACKET_PATH, answerAuditPacket } from './http/audit-packet.ts'
import { answerAuditWalkExport, isAuditWalkExportPath } from './http/audit-walk-export.ts'
import { VISITOR_EXPORT_PATH, answerVisitorExport } from './http/visitor-export.ts'
import { LABOR_EXPORT_PATH, answerLaborExport } from './http/labor-export.ts'
import { INGEST_READINGS_PATH, answerIngestReadings } from './http/ingest-readings.ts'
import { answerFiles, isFilesPath } from './http/files.ts'
import { answerHealth } from './http/health.ts'
import { serveStaticFile } from './http/static-files.ts'
import type { AuditCsvOptions } from './services/audit/stream-audit-csv.ts'
import { unavailableFileStore, type FileStore } from './services/files/file-store.ts'
import type { LiveEventPublisher } from './services/realtime/live-events.ts'
import { createHttpContext } from './trpc/context.ts'
import { appRouter } from './trpc/root.ts'
import { createLiveServer, type LiveRedisOptions, type LiveServer } from './realtime/live-server.ts'

export interface ApiServerDeps {
  prisma: PrismaClient
  env: Pick<ApiEnv, 'COOKIE_SECURE' | 'TRUST_PROXY' | 'WEB_DIST_DIR' | 'NODE_ENV'> &
    Partial<Pick<ApiEnv, 'PUBLIC_COLLAB_URL' | 'PUBLIC_APP_URL'>>
  log?: (message: string) => void
  /** CSV export page size and page observer (tests). */
  auditCsv?: AuditCsvOptions
  /** Redis for Socket.IO fan-out across api instances (from REDIS_URL). */
  redis?: LiveRedisOptions
  /** Where uploaded files live (UPLOAD_DIR); without one, /api/files refuses with a 500. */
  files?: FileStore
}

/** The HTTP server with its Socket.IO server (`live.close()` before closing the HTTP server). */
export type ApiServer = Server & { live: LiveServer }

const MAX_BODY_BYTES = 1024 * 1024

/**
 * Cookie-authenticated writes from another site are refused: a browser POST whose Origin
 * host differs from the host it was sent to. Clients without Origin (curl, tests) pass.
 */
function isCrossSiteWrite(req: IncomingMessage, trustProxy: boolean): boolean {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return false
  const origin = req.headers.origin
  if (!origin) return false
  let originHost: string
  try {
    originHost = new URL(origin).host
  } catch {
    return true
  }
  const forwardedHost = trustProxy
    ? req.headers['x-forwarded-host']?.toString().split(',')[0]?.trim()
    : undefined
  return originHost !== (forwardedHost ?? req.headers.host)
}

function answerJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.end(JSON.stringify(body))
}

export function createApiServer(deps: ApiServerDeps): ApiServer {
  const log = deps.log ?? ((message: string) => console.error(message))
  // Socket.IO's publisher, set below once the server exists (before it takes a request).
  const liveDeps: { live?: LiveEventPublisher } = {}
  const webRoot = deps.env.WEB_DIST_DIR ? resolve(deps.env.WEB_DIST_DIR) : null
  const files = deps.files ?? unavailableFileStore
  const trpcHandler = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    maxBodySize: MAX_BODY_BYTES,
    createContext: ({ req, res }) => createHttpContext({ ...deps, ...liveDeps, files }, req, res),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        log(`[trpc] ${path ?? '?'} failed: ${error.cause?.stack ?? error.stack ?? error.message}`)
      }
    },
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname
    if (pathname === '/health') return answerHealth(deps.prisma, res)
    if (pathname === AUDIT_EXPORT_PATH) return answerAuditExport(deps, req, res)
    if (pathname === AUDIT_PACKET_PATH) return answerAuditPacket({ ...deps, files }, req, res)
    if (isAuditWalkExportPath(pathname)) return answerAuditWalkExport(deps, req, res)
    if (pathname === VISITOR_EXPORT_PATH) return answerVisitorExport(deps, req, res)
    if (pathname === LABOR_EXPORT_PATH) return answerLaborExport(deps, req, res)
    if (pathname === INGEST_READINGS_PATH) {
      return answerIngestReadings({ prisma: deps.prisma, live: liveDeps.live }, req, res)
    }
    if (isFilesPath(pathname)) {
      if (isCrossSiteWrite(req, deps.env.TRUST_PROXY)) {
        return answerJson(res, 403, { error: 'Cross-site requests are not accepted.' })
      }
      return answerFiles({ ...deps, files }, req, res)
    }
    if (pathname.startsWith('/trpc/')) {
      if (isCrossSiteWrite(req, deps.env.TRUST_PROXY)) {
        return answerJson(res, 403, { error: 'Cross-site requests are not accepted.' })
      }
      trpcHandler(req, res)
      return
    }
    if (webRoot && (await serveStaticFile(webRoot, req, res))) return
    answerJson(res, 404, { error: `Nothing at ${pathname}` })
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(
        `[http] ${req.method} ${req.url} failed: ${error instanceof Error ? error.stack : String(error)}`,
      )
      if (!res.headersSent) answerJson(res, 500, { error: 'Internal error' })
      else res.end()
    })
  })
  // Socket.IO answers /socket.io itself (long-polling and WebSocket), ahead of `handle`.
  const live = createLiveServer(server, {
    prisma: deps.prisma,
    trustProxy: deps.env.TRUST_PROXY,
    redis: deps.redis,
    log,
  })
  liveDeps.live = live.publisher
  return Object.assign(server, { live })
}
