// Who a socket is: the session cookie of the page, checked once at the handshake. A browser
// page of another site cannot open a socket with our cookie: its Origin must match the Host
// (as for cross-site writes over HTTP). Clients without Origin (node, tests) pass that check.
import type { IncomingHttpHeaders } from 'node:http'
import type { ExtendedError, Socket } from 'socket.io'
import { sessionTokenFromCookieHeader, validateSessionToken, type PrismaClient } from '@growops/db'

/** What the server keeps on `socket.data` (restored with the socket on recovery). */
export interface LiveSocketData {
  userId: string
  sessionId: string
}

export type LiveRefusal = 'CROSS_SITE' | 'UNAUTHENTICATED'

function refusal(code: LiveRefusal, message: string): ExtendedError {
  const error: ExtendedError = new Error(message)
  error.data = { code }
  return error
}

export function isCrossSiteOrigin(headers: IncomingHttpHeaders, trustProxy: boolean): boolean {
  const origin = headers.origin
  if (!origin) return false
  let originHost: string
  try {
    originHost = new URL(origin).host
  } catch {
    return true
  }
  const forwardedHost = trustProxy
    ? headers['x-forwarded-host']?.toString().split(',')[0]?.trim()
    : undefined
  return originHost !== (forwardedHost ?? headers.host)
}

/** Socket.IO middleware: refuses a cross-site page or a missing/expired session. */
export function authenticateSocket(deps: { prisma: PrismaClient; trustProxy: boolean }) {
  return async (socket: Socket, next: (error?: ExtendedError) => void): Promise<void> => {
    const headers = socket.handshake.headers
    if (isCrossSiteOrigin(headers, deps.trustProxy)) {
      next(refusal('CROSS_SITE', 'Live updates are only served to pages of this site.'))
      return
    }
    const token = sessionTokenFromCookieHeader(headers.cookie)
    const session = token ? await validateSessionToken(deps.prisma, token) : null
    if (!session) {
      next(refusal('UNAUTHENTICATED', 'Sign in to receive live updates.'))
      return
    }
    const data: LiveSocketData = { userId: session.user.id, sessionId: session.id }
    socket.data = data
    next()
  }
}
