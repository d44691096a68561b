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

describe('embedded database under concurrent connections', () => {
  // Without keeping each connection's extended-protocol exchange together, this workload
  // (what concurrent api requests do) mixed connections up: it hung, or answered with
  // "portal does not exist" and other connections' rows.
  it('serves concurrent transactions and reads, each with its own answers', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'growops-embedded-'))
    dataDirs.push(dataDir)
    const database = await startEmbeddedDatabase({ dataDir, port: 0 })
    const prisma = createPrismaClient(database.url)
    try {
      await migrateDatabase(database.url)
      await prisma.organization.createMany({
        data: Array.from({ length: 20 }, (_, i) => ({ name: `O${i}`, slug: `o${i}` })),
      })
      const problems: string[] = []
      await Promise.all(
        Array.from({ length: 6 }, async (_, worker) => {
          for (let i = 0; i < 40; i++) {
            const slug = `o${(worker * 7 + i) % 20}`
            try {
              const org =
                i % 2 === 0
                  ? await prisma.$transaction(async (tx) => {
                      const found = await tx.organization.findUnique({ where: { slug } })
                      await tx.organization.update({
                        where: { slug },
                        data: { name: `N${worker}-${i}` },
                      })
                      return found
                    })
                  : await prisma.organization.findUnique({ where: { slug } })
              if (org?.slug !== slug) problems.push(`${slug} answered ${org?.slug}`)
            } catch (error) {
              problems.push(String(error).slice(0, 160))
            }
          }
        }),
      )
      expect(problems).toEqual([])
    } finally {
      await prisma.$disconnect()
      await database.stop()
    }
  }, 60_000)
})
