// Real api servers on port 0 and socket.io-client sockets on loopback, for the live tests.
import type { AddressInfo } from 'node:net'
import { io as connect, type Socket as ClientSocket } from 'socket.io-client'
import { createSession, SESSION_COOKIE_NAME, type PrismaClient } from '@growops/db'
import type { LiveEnvelope } from '@growops/domain'
import { createApiServer, type ApiServer } from '../server.ts'
import type { LiveEventPublisher } from '../services/realtime/live-events.ts'
import { createContext } from '../trpc/context.ts'
import { createCaller } from '../trpc/root.ts'
import type { LiveRedisOptions } from './live-server.ts'
import type { SubscribeAck } from './subscribe.ts'

export interface RunningApi {
  server: ApiServer
  url: string
  close(): Promise<void>
}

export async function startApi(
  prisma: PrismaClient,
  options: { redis?: LiveRedisOptions } = {},
): Promise<RunningApi> {
  const server = createApiServer({
    prisma,
    env: { COOKIE_SECURE: 'auto', TRUST_PROXY: false, NODE_ENV: 'test' },
    log: () => undefined,
    redis: options.redis,
  })
  await server.live.ready
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    server,
    url,
    async close() {
      await server.live.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

export async function sessionCookie(prisma: PrismaClient, userId: string): Promise<string> {
  const { token } = await createSession(prisma, userId, {
    userAgent: 'vitest',
    ipAddress: '127.0.0.1',
  })
  return `${SESSION_COOKIE_NAME}=${token}`
}

export interface LiveClient {
  socket: ClientSocket
  received: LiveEnvelope[]
  /** Resolves with the envelopes received once `count` satisfy `match`. */
  waitFor(match: (envelope: LiveEnvelope) => boolean, count?: number): Promise<LiveEnvelope[]>
  subscribe(request: unknown): Promise<SubscribeAck>
}

/** Connects; rejects with the server's connect_error. */
export function connectClient(
  url: string,
  options: {
    cookie?: string
    origin?: string
    transports?: ('websocket' | 'polling')[]
    /** Reconnect by itself after a drop (connection-state recovery tests). */
    reconnect?: boolean
  } = {},
): Promise<LiveClient> {
  const extraHeaders: Record<string, string> = {}
  if (options.cookie) extraHeaders.cookie = options.cookie
  if (options.origin) extraHeaders.origin = options.origin
  const socket = connect(url, {
    path: '/socket.io',
    transports: options.transports ?? ['websocket'],
    extraHeaders,
    reconnection: options.reconnect ?? false,
    reconnectionDelay: 200,
    reconnectionDelayMax: 500,
    forceNew: true,
  })
  const received: LiveEnvelope[] = []
  const waiters = new Set<() => void>()
  socket.on('live', (envelope: LiveEnvelope) => {
    received.push(envelope)
    for (const waiter of waiters) waiter()
  })
  const client: LiveClient = {
    socket,
    received,
    waitFor(match, count = 1) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.filter(match)
          if (found.length < count) return false
          waiters.delete(check)
          clearTimeout(timer)
          resolve(found)
          return true
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`timed out waiting for ${count} live event(s); got ${received.length}`))
        }, 5_000)
        if (!check()) waiters.add(check)
      })
    },
    subscribe: (request) => socket.timeout(5_000).emitWithAck('subscribe', request),
  }
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(client))
    socket.once('connect_error', (error: Error & { data?: unknown }) => {
      socket.close()
      reject(error)
    })
  })
}

/** A tRPC caller signed in as `userId` whose ctx.live is `live`. */
export async function liveCaller(
  prisma: PrismaClient,
  userId: string,
  live: LiveEventPublisher,
): Promise<ReturnType<typeof createCaller>> {
  const cookie = await sessionCookie(prisma, userId)
  const ctx = await createContext(
    { prisma, env: { COOKIE_SECURE: 'auto', TRUST_PROXY: false }, live },
    {
      cookieHeader: cookie,
      hostHeader: 'localhost',
      ipAddress: '127.0.0.1',
      userAgent: 'vitest',
      appendSetCookie: () => undefined,
    },
  )
  return createCaller(ctx)
}

/** Lets in-flight packets arrive before asserting that something did not. */
export function settle(ms = 150): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
