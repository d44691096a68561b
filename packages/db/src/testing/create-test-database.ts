// A fresh, migrated database per test file, copied from the global setup's template.
import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'
import { createPrismaClient } from '../client.ts'
import type { PrismaClient } from '../generated/prisma/client.ts'
import { dropDatabase, quoteIdent, urlForDatabase, withAdminClient } from './admin.ts'
import { CONTEXT_KEY } from './context.ts'

export interface TestDatabase {
  /** URL of the new database. */
  url: string
  /** A client connected to it. */
  prisma: PrismaClient
  /** Disconnects `prisma` and drops the database (WITH (FORCE)). */
  drop(): Promise<void>
}

/**
 * Creates a new database from the migrated template (CREATE DATABASE … TEMPLATE …). Needs
 * `@growops/db/testing/global-setup` in the vitest config's `globalSetup`.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const context = inject(CONTEXT_KEY)
  if (!context) {
    throw new Error(
      "createTestDatabase() needs the db global setup: add globalSetup: ['@growops/db/testing/global-setup'] to vitest.config.ts",
    )
  }
  const { serverUrl, templateName, runPrefix } = context
  const name = `${runPrefix}${randomBytes(6).toString('hex')}`
  await withAdminClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(templateName)}`),
  )
  const url = urlForDatabase(serverUrl, name)
  const prisma = createPrismaClient(url)
  let dropped: Promise<void> | null = null
  return {
    url,
    prisma,
    drop: () =>
      (dropped ??= (async () => {
        await prisma.$disconnect()
        await withAdminClient(serverUrl, (client) => dropDatabase(client, name))
      })()),
  }
}
