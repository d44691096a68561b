// The stand-in schema engine, driven by the real Prisma CLI.
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts'

const prismaScript = fileURLToPath(new URL('../scripts/prisma.mjs', import.meta.url))
const engine = fileURLToPath(new URL('./engine.mjs', import.meta.url))

function runPrisma(args: string[], databaseUrl: string): Promise<{ code: number; output: string }> {
  // Forces the stand-in even where a native engine is installed.
  const env = { ...process.env, DATABASE_URL: databaseUrl, PRISMA_SCHEMA_ENGINE_BINARY: engine }
  return new Promise((resolve) => {
    execFile(process.execPath, [prismaScript, ...args], { env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}\n${stderr}` })
    })
  })
}

let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
})

afterAll(async () => {
  await db.drop()
})

describe('schema engine stand-in', () => {
  it('answers `migrate status` for a migrated database', async () => {
    const { code, output } = await runPrisma(['migrate', 'status'], db.url)
    expect(output).toContain('Database schema is up to date!')
    expect(code).toBe(0)
  })

  it('reports a missing database as P1003', async () => {
    const missing = new URL(db.url)
    missing.pathname = '/growops_does_not_exist'
    const { code, output } = await runPrisma(['migrate', 'status'], missing.toString())
    expect(output).toContain('P1003')
    expect(code).not.toBe(0)
  })
})
