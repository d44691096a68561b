// Small helpers for creating and dropping databases on the test server.
import { readdir, readFile } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { join, relative } from 'node:path'
import pg from 'pg'
import { repoRoot } from '../../scripts/prisma-env.mjs'

export const DEFAULT_TEST_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres'
export const TEMPLATE_PREFIX = 'growops_tpl_'
export const TEST_DATABASE_PREFIX = 'growops_test_'

/** The test server URL: TEST_DATABASE_URL, or the local PostgreSQL. */
export function testServerUrl(): string {
  return process.env.TEST_DATABASE_URL || DEFAULT_TEST_SERVER_URL
}

/** `serverUrl` with its database replaced by `database`. */
export function urlForDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${encodeURIComponent(database)}`
  return url.toString()
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

/** Runs `fn` with a connection to the server's own database (from `serverUrl`). */
export async function withAdminClient<T>(
  serverUrl: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

export async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)
}

export async function listDatabases(client: pg.Client, prefix: string): Promise<string[]> {
  const { rows } = await client.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
    [prefix],
  )
  return rows.map((row) => row.datname)
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/** A short hash of every file under prisma/migrations (paths and contents). */
export async function hashMigrations(): Promise<string> {
  const dir = join(repoRoot, 'prisma', 'migrations')
  const hash = createHash('sha256')
  for (const file of (await listFiles(dir)).sort()) {
    hash
      .update(relative(dir, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0')
  }
  return hash.digest('hex').slice(0, 12)
}
