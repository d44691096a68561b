import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Prisma } from './generated/prisma/client.ts'
import { createTestDatabase, type TestDatabase } from './testing/index.ts'

let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
})

afterAll(async () => {
  await db.drop()
})

describe('migrations', () => {
  it('create a table for every model', async () => {
    const rows = await db.prisma.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`
    const tables = rows.map((row) => row.table_name)
    expect(tables).toEqual(
      expect.arrayContaining([...Object.values(Prisma.ModelName), '_prisma_migrations']),
    )
  })
})

describe('AuditLog is append-only', () => {
  async function appendEntry() {
    return db.prisma.auditLog.create({
      data: { action: 'plant.move', entityType: 'Plant', entityId: 'p1', hash: 'h1' },
    })
  }

  it('accepts INSERT', async () => {
    const entry = await appendEntry()
    expect(entry.seq).toBeTypeOf('bigint')
  })

  it('refuses UPDATE', async () => {
    const entry = await appendEntry()
    await expect(
      db.prisma.auditLog.update({ where: { seq: entry.seq }, data: { action: 'forged' } }),
    ).rejects.toThrow(/append-only: UPDATE is not allowed/)
  })

  it('refuses DELETE', async () => {
    await appendEntry()
    await expect(db.prisma.auditLog.deleteMany({})).rejects.toThrow(
      /append-only: DELETE is not allowed/,
    )
  })

  it('refuses TRUNCATE', async () => {
    await appendEntry()
    await expect(db.prisma.$executeRaw`TRUNCATE "AuditLog"`).rejects.toThrow(
      /append-only: TRUNCATE is not allowed/,
    )
    expect(await db.prisma.auditLog.count()).toBeGreaterThan(0)
  })
})
