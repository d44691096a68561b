// Vitest global setup: builds (once per migrations hash) a migrated template database and
// tells the test files about it; createTestDatabase() copies it per test file. Reference it
// from a vitest.config.ts: `globalSetup: ['@growops/db/testing/global-setup']`.
import { randomBytes } from 'node:crypto'
import type { TestProject } from 'vitest/node'
import { migrateDatabase } from '../migrate.ts'
import {
  TEMPLATE_PREFIX,
  TEST_DATABASE_PREFIX,
  dropDatabase,
  hashMigrations,
  listDatabases,
  quoteIdent,
  testServerUrl,
  urlForDatabase,
  withAdminClient,
} from './admin.ts'
import { CONTEXT_KEY } from './context.ts'

// Serializes template builds of concurrent runs and of several projects in one run.
const TEMPLATE_LOCK = 74_021_337

async function ensureTemplate(serverUrl: string): Promise<string> {
  const templateName = `${TEMPLATE_PREFIX}${await hashMigrations()}`
  const buildingName = `${templateName}_building`
  await withAdminClient(serverUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK])
    try {
      // Templates of other migration histories (and half-built ones) are stale.
      for (const name of await listDatabases(client, TEMPLATE_PREFIX)) {
        if (name !== templateName) await dropDatabase(client, name)
      }
      if ((await listDatabases(client, templateName)).includes(templateName)) return
      await client.query(`CREATE DATABASE ${quoteIdent(buildingName)}`)
      await migrateDatabase(urlForDatabase(serverUrl, buildingName))
      // Renamed only once fully migrated, so a crash never leaves a broken template.
      await client.query(
        `ALTER DATABASE ${quoteIdent(buildingName)} RENAME TO ${quoteIdent(templateName)}`,
      )
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK])
    }
  })
  return templateName
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = testServerUrl()
  let templateName: string
  try {
    templateName = await ensureTemplate(serverUrl)
  } catch (error) {
    const where = new URL(serverUrl).host
    throw new Error(
      `Could not prepare the test database template on ${where} (set TEST_DATABASE_URL to a ` +
        `PostgreSQL server URL): ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  const runPrefix = `${TEST_DATABASE_PREFIX}${randomBytes(4).toString('hex')}_`
  project.provide(CONTEXT_KEY, { serverUrl, templateName, runPrefix })

  // Drops the test databases of this run that a crashed or careless test file left behind.
  return async function teardown() {
    await withAdminClient(serverUrl, async (client) => {
      for (const name of await listDatabases(client, runPrefix)) await dropDatabase(client, name)
    })
  }
}
