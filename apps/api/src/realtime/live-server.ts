// Socket.IO on the api's HTTP server (path /socket.io): authenticated handshakes, one room per
// user joined on connect, `subscribe` for organization/property/room rooms, and the publisher
// that ctx.live uses. With a Redis URL, @socket.io/redis-streams-adapter fans events out
// across api instances and keeps connection-state recovery working.
import type { Server as HttpServer } from 'node:http'
import { createAdapter } from '@socket.io/redis-streams-adapter'
import { createClient } from 'redis'
import { Server, type ServerOptions } from 'socket.io'
import type { PrismaClient } from '@growops/db'
import { liveRoom } from '@growops/domain'
import type { LiveEventPublisher } from '../services/realtime/live-events.ts'
import { createSocketPublisher } from './emit.ts'
import { authenticateSocket, type LiveSocketData } from './handshake.ts'
import { handleSubscribe } from './subscribe.ts'

export const LIVE_SOCKET_PATH = '/socket.io'
/** How long a dropped client's rooms and missed packets are kept for it. */
export const LIVE_RECOVERY_MS = 2 * 60 * 1000

export interface LiveRedisOptions {
  url: string
  /** Stream (and session key) prefix; tests use a unique one each. Default "growops:live". */
  prefix?: string
}

export interface LiveServerDeps {
  prisma: PrismaClient
  trustProxy: boolean
  redis?: LiveRedisOptions
  log?: (message: string) => void
}

export interface LiveServer {
  io: Server
  publisher: LiveEventPublisher
  /** Sockets connected to this instance. */
  socketCount(): number
  /** Resolves once the Redis adapter is connected (at once without Redis). */
  ready: Promise<void>
  /** Disconnects every socket and the Redis clients (does not close the HTTP server). */
  close(): Promise<void>
}

function redisAdapter(options: LiveRedisOptions, log: (message: string) => void) {
  const client = createClient({ url: options.url })
  client.on('error', (error: unknown) => {
    log(`[live] redis: ${error instanceof Error ? error.message : String(error)}`)
  })
  // Connect first: the adapter publishes its first heartbeat as soon as it exists.
  const connected = client.connect().then(() => undefined)
  const prefix = options.prefix ?? 'growops:live'
  const adapter = createAdapter(client, {
    streamName: `${prefix}:stream`,
    channelPrefix: `${prefix}:channel`,
    sessionKeyPrefix: `${prefix}:session:`,
    onlyPlaintext: true,
    // A closing instance's stream reader stops within this.
    blockTimeInMs: 2000,
  })
  return { client, adapter, connected }
}

export function createLiveServer(httpServer: HttpServer, deps: LiveServerDeps): LiveServer {
  const log = deps.log ?? ((message: string) => console.error(message))
  const redis = deps.redis ? redisAdapter(deps.redis, log) : null
  const options: Partial<ServerOptions> = {
    path: LIVE_SOCKET_PATH,
    serveClient: false,
    // Clients only send small subscribe messages.
    maxHttpBufferSize: 64 * 1024,
    connectionStateRecovery: { maxDisconnectionDuration: LIVE_RECOVERY_MS, skipMiddlewares: false },
    ...(redis ? { adapter: redis.adapter } : {}),
  }
  const io = new Server(httpServer, options)
  io.use((socket, next) => {
    authenticateSocket({ prisma: deps.prisma, trustProxy: deps.trustProxy })(socket, next).catch(
      (error: unknown) => {
        log(`[live] handshake failed: ${error instanceof Error ? error.message : String(error)}`)
        next(new Error('Live updates are unavailable; try again.'))
      },
    )
  })
  io.on('connection', (socket) => {
    const data = socket.data as LiveSocketData
    if (!socket.recovered) void socket.join(liveRoom.user(data.userId))
    socket.on('subscribe', handleSubscribe(deps.prisma, socket, log))
  })
  const ready = redis ? redis.connected : Promise.resolve()
  ready.catch(() => undefined)
  return {
    io,
    publisher: createSocketPublisher(io),
    socketCount: () => io.of('/').sockets.size,
    ready,
    async close() {
      // Not io.close(): that also closes the HTTP server, which its owner closes.
      io.disconnectSockets(true)
      io.engine.close()
      await io.of('/').adapter.close()
      if (redis?.client.isOpen) await redis.client.quit().catch(() => undefined)
    },
  }
}
