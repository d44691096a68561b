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

/** Starts PGlite on `dataDir` and serves it on `host:port`. */
export async function startEmbeddedDatabase(
  options: EmbeddedDatabaseOptions,
): Promise<EmbeddedDatabase> {
  const { dataDir, port, host = '127.0.0.1', maxConnections = 100 } = options
  await mkdir(dataDir, { recursive: true })
  const db = await PGlite.create(dataDir)
  const server = new PGLiteSocketServer({ db, port, host, maxConnections })
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
