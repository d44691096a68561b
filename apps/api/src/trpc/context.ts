// Per-request context: the database, who is asking, and a way to set the session cookie.
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  SESSION_COOKIE_NAME,
  sessionTokenFromCookieHeader,
  validateSessionToken,
  type PrismaClient,
  type ValidSession,
} from '@growops/db'
import type { ApiEnv } from '../env.ts'
import { isLoopbackHost, serializeSessionCookie } from '../http/cookies.ts'
import { unavailableFileStore, type FileStore } from '../services/files/file-store.ts'
import { noLivePublisher, type LiveEventPublisher } from '../services/realtime/live-events.ts'

export interface RequestInfo {
  ipAddress: string
  userAgent: string | null
}

export interface SessionCookieWriter {
  setSession(token: string, expiresAt: Date): void
  clearSession(): void
}

export interface Context {
  prisma: PrismaClient
  request: RequestInfo
  session: ValidSession | null
  /** The raw session token, kept so a renewed session can be re-sent. */
  sessionToken: string | null
  cookies: SessionCookieWriter
  /** Settings procedures hand to clients. */
  config: PublicConfig
  /** Pushes live events to connected clients; call it after the transaction commits. */
  live: LiveEventPublisher
  /** Where stored files' bytes live (services/files); refuses every use when none was given. */
  files: FileStore
}

export interface PublicConfig {
  /** The collab server's WebSocket URL for browsers; null = same origin, path /collab. */
  publicCollabUrl: string | null
  /** The web app's origin for links printed in QR labels: PUBLIC_APP_URL or the request's. */
  publicAppOrigin: string
}

export interface ContextDeps {
  prisma: PrismaClient
  env: Pick<ApiEnv, 'COOKIE_SECURE' | 'TRUST_PROXY'> &
    Partial<Pick<ApiEnv, 'PUBLIC_COLLAB_URL' | 'PUBLIC_APP_URL'>>
  /** Socket.IO in the running api; tests may pass a recorder. Default: store only. */
  live?: LiveEventPublisher
  /** The file store (UPLOAD_DIR in the running api; a temporary directory in tests). */
  files?: FileStore
}

export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for']
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim()
    if (first) return first
  }
  return req.socket.remoteAddress ?? 'unknown'
}

/** What a context needs from a request, so tests can build one without HTTP. */
export interface RequestParts {
  cookieHeader: string | undefined
  hostHeader: string | undefined
  ipAddress: string
  userAgent: string | null
  appendSetCookie: (value: string) => void
  /** `https` behind a trusted TLS proxy; default `http` (the api itself serves plain HTTP). */
  protocol?: 'http' | 'https'
}

function requestOrigin(parts: RequestParts): string {
  return `${parts.protocol ?? 'http'}://${parts.hostHeader ?? 'localhost'}`
}

function forwardedProtocol(req: IncomingMessage, trustProxy: boolean): 'http' | 'https' {
  const header = req.headers['x-forwarded-proto']
  const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim()
  return trustProxy && first === 'https' ? 'https' : 'http'
}

function wantsSecureCookies(
  hostHeader: string | undefined,
  setting: ApiEnv['COOKIE_SECURE'],
): boolean {
  if (setting === 'always') return true
  if (setting === 'never') return false
  return !isLoopbackHost(hostHeader)
}

/** Reads the session cookie, validates (and slides) the session, and builds the context. */
export async function createContext(deps: ContextDeps, parts: RequestParts): Promise<Context> {
  const secure = wantsSecureCookies(parts.hostHeader, deps.env.COOKIE_SECURE)
  const cookies: SessionCookieWriter = {
    setSession(token, expiresAt) {
      parts.appendSetCookie(
        serializeSessionCookie(SESSION_COOKIE_NAME, token, { expires: expiresAt, secure }),
      )
    },
    clearSession() {
      parts.appendSetCookie(
        serializeSessionCookie(SESSION_COOKIE_NAME, '', { expires: new Date(0), secure }),
      )
    },
  }
  const token = sessionTokenFromCookieHeader(parts.cookieHeader)
  const session = token ? await validateSessionToken(deps.prisma, token) : null
  if (token && !session) cookies.clearSession()
  if (token && session?.renewed) cookies.setSession(token, session.expiresAt)
  return {
    prisma: deps.prisma,
    request: { ipAddress: parts.ipAddress, userAgent: parts.userAgent },
    session,
    sessionToken: token,
    cookies,
    config: {
      publicCollabUrl: deps.env.PUBLIC_COLLAB_URL ?? null,
      publicAppOrigin: deps.env.PUBLIC_APP_URL ?? requestOrigin(parts),
    },
    live: deps.live ?? noLivePublisher,
    files: deps.files ?? unavailableFileStore,
  }
}

export function createHttpContext(
  deps: ContextDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<Context> {
  return createContext(deps, {
    cookieHeader: req.headers.cookie,
    hostHeader: req.headers.host,
    ipAddress: clientAddress(req, deps.env.TRUST_PROXY),
    userAgent: req.headers['user-agent'] ?? null,
    appendSetCookie: (value) => res.appendHeader('Set-Cookie', value),
    protocol: forwardedProtocol(req, deps.env.TRUST_PROXY),
  })
}
