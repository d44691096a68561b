import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
