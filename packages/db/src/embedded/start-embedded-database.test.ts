import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { createPrismaClient } from '../client.ts'
import { migrateDatabase } from '../migrate.ts'
import { startEmbeddedDatabase } from './start-embedded-database.ts'

const dataDirs: string[] = []

afterAll(async () => {
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('embedded database', () => {
  it('is migrated, serves Prisma over its socket and keeps data across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'growops-embedded-'))
    dataDirs.push(dataDir)

    const first = await startEmbeddedDatabase({ dataDir, port: 0 })
    expect(first.url).toMatch(/^postgresql:\/\/.+:\d+\/postgres\?sslmode=disable$/)
    await migrateDatabase(first.url)
    const writer = createPrismaClient(first.url)
    // Several connections at once: the socket server multiplexes them onto PGlite.
    await Promise.all(
      ['a', 'b', 'c'].map((slug) =>
        writer.organization.create({ data: { name: `Org ${slug}`, slug } }),
      ),
    )
    await writer.$disconnect()
    await first.stop()

    const second = await startEmbeddedDatabase({ dataDir, port: 0 })
    const reader = createPrismaClient(second.url)
    try {
      const slugs = (await reader.organization.findMany({ orderBy: { slug: 'asc' } })).map(
        (org) => org.slug,
      )
      expect(slugs).toEqual(['a', 'b', 'c'])
    } finally {
      await reader.$disconnect()
      await second.stop()
    }
  })
})

describe('embedded database under concurrent connections', () => {
  it('never mixes up the extended-protocol messages of concurrent connections', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'growops-embedded-'))
    dataDirs.push(dataDir)
    const database = await startEmbeddedDatabase({ dataDir, port: 0 })
    const clients = Array.from(
      { length: 4 },
      () => new pg.Client({ connectionString: database.url }),
    )
    try {
      await Promise.all(clients.map((client) => client.connect()))
      await clients[0]!.query('CREATE TABLE echo_log (connection int, text text)')
      // Each connection sends parameterized queries (Parse/Bind/Execute/Sync, unnamed
      // statement and portal) as fast as it can; every answer must be its own.
      const answers = await Promise.all(
        clients.map(async (client, clientIndex) => {
          const wrong: string[] = []
          for (let i = 0; i < 60; i++) {
            // Every third query is large, so its messages span several TCP packets.
            const text = `${clientIndex}-${i}-${i % 3 === 0 ? 'x'.repeat(200_000) : ''}`
            // A different statement per connection: a Bind that reached another
            // connection's unnamed statement would store and answer the wrong row.
            // Writes make PGlite flush to disk, which lets other connections' messages in.
            const result = await client.query<{ echo: string }>(
              `INSERT INTO echo_log (connection, text) VALUES (${clientIndex}, $1) RETURNING text AS echo`,
              [text],
            )
            if (result.rows[0]?.echo !== text)
              wrong.push(`${text.slice(0, 12)} → ${result.rows[0]?.echo.slice(0, 12)}`)
          }
          return wrong
        }),
      )
      expect(answers.flat()).toEqual([])
    } finally {
      await Promise.all(clients.map((client) => client.end().catch(() => undefined)))
      await database.stop()
    }
  })
})
