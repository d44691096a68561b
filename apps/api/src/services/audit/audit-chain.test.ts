import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { upsertOrganization } from '../../../../../prisma/seed/organizations.ts'
import { appendAuditEntries, appendAuditEntry } from './append-audit-entry.ts'
import { verifyAuditChain } from './verify-audit-chain.ts'

let db: TestDatabase
let orgA: string
let orgB: string

beforeAll(async () => {
  db = await createTestDatabase()
  orgA = (await upsertOrganization(db.prisma, { name: 'A', slug: 'a' })).id
  orgB = (await upsertOrganization(db.prisma, { name: 'B', slug: 'b' })).id
})

afterAll(async () => {
  await db.drop()
})

function append(organizationId: string, n: number) {
  return db.prisma.$transaction((tx) =>
    appendAuditEntry(tx, {
      organizationId,
      actorId: null,
      action: 'plant.move',
      entityType: 'Plant',
      entityId: `plant-${n}`,
      before: { address: `MAIN.GROW1.VEG-A.LEFT.R1.C${n}.P1`, at: new Date(0) },
      after: { address: `MAIN.GROW1.VEG-A.LEFT.R2.C${n}.P1`, nested: { b: 2, a: 1 } },
    }),
  )
}

describe('audit chain', () => {
  it('links each organization’s entries, also when appended concurrently', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, n) => append(n % 2 ? orgA : orgB, n)))
    const a = await verifyAuditChain(db.prisma, orgA)
    const b = await verifyAuditChain(db.prisma, orgB)
    expect(a).toEqual({ ok: true, checked: 12, firstBroken: null })
    expect(b).toEqual({ ok: true, checked: 13, firstBroken: null })
    const first = await db.prisma.auditLog.findFirstOrThrow({
      where: { organizationId: orgA },
      orderBy: { seq: 'asc' },
    })
    expect(first.prevHash).toBeNull()
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('appends a batch in one go, chained in order, alongside single appends', async () => {
    const orgC = (await upsertOrganization(db.prisma, { name: 'C', slug: 'c' })).id
    const batch = (from: number) =>
      db.prisma.$transaction((tx) =>
        appendAuditEntries(
          tx,
          Array.from({ length: 1000 }, (_, n) => ({
            organizationId: orgC,
            actorId: null,
            action: 'plant.place',
            entityType: 'Plant',
            entityId: `plant-${from + n}`,
            after: { n: from + n },
          })),
        ),
      )
    await Promise.all([append(orgC, 1), batch(0), append(orgC, 2), batch(1000), append(orgC, 3)])
    expect(await verifyAuditChain(db.prisma, orgC)).toEqual({
      ok: true,
      checked: 2003,
      firstBroken: null,
    })
    await expect(
      db.prisma.$transaction((tx) =>
        appendAuditEntries(tx, [
          { organizationId: orgC, actorId: null, action: 'x', entityType: 'T', entityId: '1' },
          { organizationId: orgA, actorId: null, action: 'x', entityType: 'T', entityId: '2' },
        ]),
      ),
    ).rejects.toThrow(/same organization/)
  })

  it('is append-only in the database', async () => {
    await expect(db.prisma.auditLog.updateMany({ data: { action: 'forged' } })).rejects.toThrow(
      /append-only/,
    )
    await expect(db.prisma.auditLog.deleteMany({})).rejects.toThrow(/append-only/)
  })

  it('reports the first broken link after tampering that bypasses the trigger', async () => {
    const victim = await db.prisma.auditLog.findFirstOrThrow({
      where: { organizationId: orgA },
      orderBy: { seq: 'asc' },
      skip: 4,
    })
    // A superuser can switch the trigger off; the chain still shows what was done.
    await db.prisma.$executeRawUnsafe(
      'ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_refuse_update_delete"',
    )
    await db.prisma
      .$executeRaw`UPDATE "AuditLog" SET "after" = '{"address":"SOMEWHERE.ELSE"}'::jsonb WHERE seq = ${victim.seq}`
    await db.prisma.$executeRawUnsafe(
      'ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_refuse_update_delete"',
    )

    const result = await verifyAuditChain(db.prisma, orgA)
    expect(result.ok).toBe(false)
    expect(result.checked).toBe(4)
    expect(result.firstBroken).toMatchObject({ seq: String(victim.seq), reason: 'HASH_MISMATCH' })
    // The other organization's chain is untouched.
    expect((await verifyAuditChain(db.prisma, orgB)).ok).toBe(true)
  })
})
