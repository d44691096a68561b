// The embedded database: PostgreSQL in WASM (PGlite) persisted to a folder, served on a
// loopback TCP port by @electric-sql/pglite-socket so that every process (api, collab,
// the Prisma CLI) connects to it with an ordinary postgresql:// URL and @prisma/adapter-pg.
import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

export interface EmbeddedDatabaseOptions {
  /** Folder holding the database files; created when missing, reused when present. */
  dataDir: string
  /** TCP port; 0 lets the OS choose one (read it from `url`). */
  port: number
  host?: string
  /** Concurrent client connections accepted (queries are serialized on PGlite's one). */
  maxConnections?: number
}

export interface EmbeddedDatabase {
  /** `postgresql://…?sslmode=disable` URL for Prisma, pg and the Prisma CLI. */
  url: string
  /** Closes every connection, then PGlite, so that everything written is on disk. */
  stop(): Promise<void>
}

interface Detachable {
  detach(close?: boolean): Promise<unknown>
}

/** A ReadyForQuery message: 'Z', length 5, one status byte. */
function endsWithReadyForQuery(chunk: Uint8Array | null): boolean {
  if (!chunk || chunk.length < 6) return false
  const at = chunk.length - 6
  return (
    chunk[at] === 0x5a &&
    chunk[at + 1] === 0 &&
    chunk[at + 2] === 0 &&
    chunk[at + 3] === 0 &&
    chunk[at + 4] === 5
  )
}

/**
 * The socket server queues each protocol message on its own and keeps one connection's
 * messages together only inside a transaction. An extended-protocol exchange (Parse, Bind,
 * Execute … Sync) outside one could then interleave with another connection's and use its
 * unnamed statement or portal ("portal does not exist", or another query's rows). This view
 * of the database reports "in a transaction" until the last answer ended with ReadyForQuery,
 * so the server keeps serving the same connection until its exchange is complete.
 */
function withExchangeAffinity(db: PGlite): PGlite {
  let exchangeOpen = false
  return new Proxy(db, {
    get(target, property) {
      if (property === 'isInTransaction') return () => exchangeOpen || target.isInTransaction()
      if (property === 'execProtocolRawStream') {
        return async (
          message: Uint8Array,
          options: Parameters<PGlite['execProtocolRawStream']>[1],
        ) => {
          let last: Uint8Array | null = null
          try {
            await target.execProtocolRawStream(message, {
              ...options,
              onRawData: (data: Uint8Array) => {
                if (data.length > 0) last = data
                options.onRawData(data)
              },
            })
          } finally {
            exchangeOpen = !endsWithReadyForQuery(last)
          }
        }
      }
      // A dropped connection's open exchange is abandoned with a ROLLBACK through exec().
      if (property === 'exec') {
        return (...args: Parameters<PGlite['exec']>) => {
          exchangeOpen = false
          return target.exec(...args)
        }
      }
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value
    },
  })
}

/** Starts PGlite on `dataDir` and serves it on `host:port`. */
export async function startEmbeddedDatabase(
  options: EmbeddedDatabaseOptions,
): Promise<EmbeddedDatabase> {
  const { dataDir, port, host = '127.0.0.1', maxConnections = 100 } = options
  await mkdir(dataDir, { recursive: true })
  const db = await PGlite.create(dataDir)
  const server = new PGLiteSocketServer({
    db: withExchangeAffinity(db),
    port,
    host,
    maxConnections,
  })
  try {
    await server.start()
  } catch (error) {
    await db.close()
    throw error
  }
  const boundPort = Number(server.getServerConn().split(':').pop())
  const url = `postgresql://postgres:postgres@${host}:${boundPort}/postgres?sslmode=disable`

  let stopping: Promise<void> | null = null
  async function stop(): Promise<void> {
    // The server's stop() detaches connections without waiting for their rollbacks; detach
    // them first and wait, so that PGlite is idle when it closes.
    const handlers = (server as unknown as { handlers?: Set<Detachable> }).handlers
    await Promise.all(
      [...(handlers ?? [])].map((handler) => handler.detach(true).catch(() => undefined)),
    )
    await server.stop()
    await db.close()
  }
  return { url, stop: () => (stopping ??= stop()) }
}
