// audit.list and audit.verify through createCaller against a real database: filters, keyset
// pages, tenancy, role denials, and a tampered chain being caught.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TRPCError } from '@trpc/server'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { appendAuditEntry } from '../../services/audit/append-audit-entry.ts'
import { createTenant, type TenantFixture } from '../../test/tenancy.ts'

let db: TestDatabase
let a: TenantFixture
let b: TenantFixture
/** An instant between the first 30 and the last 10 of A's entries. */
let boundary: string

async function append(
  tenant: TenantFixture,
  entries: { actorId: string | null; entityType: string; entityId: string; n: number }[],
) {
  await db.prisma.$transaction(async (tx) => {
    for (const entry of entries) {
      await appendAuditEntry(tx, {
        organizationId: tenant.organizationId,
        actorId: entry.actorId,
        action: `${entry.entityType.toLowerCase()}.update`,
        entityType: entry.entityType,
        entityId: entry.entityId,
        before: { n: entry.n - 1 },
        after: { n: entry.n },
      })
    }
  })
}

function entriesFor(tenant: TenantFixture, from: number, to: number) {
  return Array.from({ length: to - from }, (_, index) => {
    const n = from + index
    return {
      // Owner, head grower, and the system (no actor) take turns.
      actorId: [tenant.userIds.OWNER, tenant.userIds.HEAD_GROWER, null][n % 3] ?? null,
      entityType: n % 2 === 0 ? 'Plant' : 'Batch',
      entityId: `${n % 2 === 0 ? 'plant' : 'batch'}-${n % 5}`,
      n,
    }
  })
}

beforeAll(async () => {
  db = await createTestDatabase()
  a = await createTenant(db.prisma, 'audit-a')
  b = await createTenant(db.prisma, 'audit-b')
  await append(a, entriesFor(a, 0, 30))
  await append(b, entriesFor(b, 0, 7))
  await new Promise((resolve) => setTimeout(resolve, 15))
  boundary = new Date().toISOString()
  await new Promise((resolve) => setTimeout(resolve, 15))
  await append(a, entriesFor(a, 30, 40))
})

afterAll(async () => {
  await db.drop()
})

async function expectRefused(promise: Promise<unknown>, code: TRPCError['code']) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(TRPCError)
  expect((error as TRPCError).code).toBe(code)
}

describe('audit.list', () => {
  it('lists newest first with the actor, and pages by seq without gaps or repeats', async () => {
    const seen: string[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const page = await a.as.OWNER.audit.list({
        organizationId: a.organizationId,
        limit: 15,
        cursor,
      })
      seen.push(...page.entries.map((entry) => entry.seq))
      cursor = page.nextCursor ?? undefined
      pages++
    } while (cursor)
    expect(pages).toBe(3)
    expect(seen).toHaveLength(40)
    expect(new Set(seen).size).toBe(40)
    const numbers = seen.map(BigInt)
    expect(numbers).toEqual([...numbers].sort((x, y) => (x > y ? -1 : x < y ? 1 : 0)))

    const [newest] = (await a.as.OWNER.audit.list({ organizationId: a.organizationId, limit: 3 }))
      .entries
    // Entry 39: 39 % 3 = 0 → the owner; odd → a Batch.
    expect(newest).toMatchObject({
      actor: { id: a.userIds.OWNER, name: 'OWNER of audit-a', email: 'owner@audit-a.test' },
      action: 'batch.update',
      entityType: 'Batch',
      entityId: 'batch-4',
      before: { n: 38 },
      after: { n: 39 },
    })
    expect(newest?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/)
  })

  it('says there is no next page when the last page is exactly full', async () => {
    const page = await a.as.OWNER.audit.list({ organizationId: a.organizationId, limit: 200 })
    expect(page.entries).toHaveLength(40)
    expect(page.nextCursor).toBeNull()
  })

  it('filters by entity type and id', async () => {
    const plants = await a.as.OWNER.audit.list({
      organizationId: a.organizationId,
      entityType: 'Plant',
      limit: 200,
    })
    expect(plants.entries).toHaveLength(20)
    expect(plants.entries.every((entry) => entry.entityType === 'Plant')).toBe(true)

    const one = await a.as.OWNER.audit.list({
      organizationId: a.organizationId,
      entityType: 'Plant',
      entityId: 'plant-0',
    })
    // n even and n % 5 = 0: 0, 10, 20, 30.
    expect(one.entries.map((entry) => entry.after)).toEqual([
      { n: 30 },
      { n: 20 },
      { n: 10 },
      { n: 0 },
    ])
  })

  it('filters by the user who acted', async () => {
    const page = await a.as.OWNER.audit.list({
      organizationId: a.organizationId,
      actorId: a.userIds.HEAD_GROWER,
      limit: 200,
    })
    expect(page.entries.length).toBe(13)
    expect(page.entries.every((entry) => entry.actor?.id === a.userIds.HEAD_GROWER)).toBe(true)
  })

  it('filters by time: from is inclusive, to exclusive, and filters combine with pages', async () => {
    const later = await a.as.OWNER.audit.list({
      organizationId: a.organizationId,
      from: boundary,
      limit: 200,
    })
    expect(later.entries.map((entry) => entry.after)).toEqual(
      Array.from({ length: 10 }, (_, index) => ({ n: 39 - index })),
    )
    const earlier = await a.as.OWNER.audit.list({
      organizationId: a.organizationId,
      to: boundary,
      limit: 200,
    })
    expect(earlier.entries).toHaveLength(30)

    const first = await a.as.OWNER.audit.list({
      organizationId: a.organizationId,
      to: boundary,
      entityType: 'Batch',
      limit: 10,
    })
    expect(first.nextCursor).not.toBeNull()
    const second = await a.as.OWNER.audit.list({
      organizationId: a.organizationId,
      to: boundary,
      entityType: 'Batch',
      limit: 10,
      cursor: first.nextCursor ?? undefined,
    })
    expect(second.entries).toHaveLength(5)
    expect(second.nextCursor).toBeNull()

    const today = boundary.slice(0, 10)
    const day = await a.as.OWNER.audit.list({
      organizationId: a.organizationId,
      from: today,
      to: today,
      limit: 200,
    })
    expect(day.entries).toHaveLength(40)
  })

  it('refuses bad filters with a field message and reads nothing', async () => {
    await expectRefused(
      a.as.OWNER.audit.list({ organizationId: a.organizationId, limit: 500 }),
      'BAD_REQUEST',
    )
    await expectRefused(
      a.as.OWNER.audit.list({ organizationId: a.organizationId, cursor: 'next' }),
      'BAD_REQUEST',
    )
    await expectRefused(
      a.as.OWNER.audit.list({
        organizationId: a.organizationId,
        from: '2026-03-02',
        to: '2026-03-01',
      }),
      'BAD_REQUEST',
    )
  })

  it('lets every role with compliance access read, and refuses staff', async () => {
    for (const role of ['COMPLIANCE_MANAGER', 'HEAD_GROWER', 'ACCOUNTANT'] as const) {
      const page = await a.as[role].audit.list({ organizationId: a.organizationId, limit: 1 })
      expect(page.entries).toHaveLength(1)
    }
    await expectRefused(a.as.STAFF.audit.list({ organizationId: a.organizationId }), 'FORBIDDEN')
    await expectRefused(a.as.STAFF.audit.verify({ organizationId: a.organizationId }), 'FORBIDDEN')
  })

  it("never shows one organization another's entries", async () => {
    const own = await b.as.OWNER.audit.list({ organizationId: b.organizationId, limit: 200 })
    expect(own.entries).toHaveLength(7)
    expect(
      own.entries.every(
        (entry) => entry.actor === null || entry.actor.email.endsWith('@audit-b.test'),
      ),
    ).toBe(true)
    // A cursor taken from A's log does not reach into it either.
    const aPage = await a.as.OWNER.audit.list({ organizationId: a.organizationId, limit: 1 })
    const crossed = await b.as.OWNER.audit.list({
      organizationId: b.organizationId,
      cursor: aPage.entries[0]?.seq,
      limit: 200,
    })
    expect(crossed.entries.map((entry) => entry.seq)).toEqual(own.entries.map((entry) => entry.seq))
    await expectRefused(b.as.OWNER.audit.list({ organizationId: a.organizationId }), 'FORBIDDEN')
    await expectRefused(b.as.OWNER.audit.verify({ organizationId: a.organizationId }), 'FORBIDDEN')
  })
})

describe('audit.verify', () => {
  it('reports an intact chain', async () => {
    expect(await a.as.ACCOUNTANT.audit.verify({ organizationId: a.organizationId })).toEqual({
      ok: true,
      checked: 40,
      firstBroken: null,
    })
  })

  it('reports the first broken link after a row is changed behind the trigger', async () => {
    const victims = await db.prisma.auditLog.findMany({
      where: { organizationId: a.organizationId },
      orderBy: { seq: 'asc' },
      skip: 11,
      take: 2,
    })
    const [first, second] = victims
    if (!first || !second) throw new Error('expected entries to tamper with')
    // Only a superuser can do this; the chain still shows it was done.
    await db.prisma.$executeRawUnsafe(
      'ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_refuse_update_delete"',
    )
    try {
      await db.prisma
        .$executeRaw`UPDATE "AuditLog" SET "entityId" = 'someone-else' WHERE seq = ${second.seq}`
      await db.prisma
        .$executeRaw`UPDATE "AuditLog" SET "after" = '{"n":999}'::jsonb WHERE seq = ${first.seq}`
    } finally {
      await db.prisma.$executeRawUnsafe(
        'ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_refuse_update_delete"',
      )
    }
    const result = await a.as.COMPLIANCE_MANAGER.audit.verify({ organizationId: a.organizationId })
    expect(result).toMatchObject({
      ok: false,
      checked: 11,
      firstBroken: { seq: String(first.seq), reason: 'HASH_MISMATCH', found: first.hash },
    })
    // The other organization's chain is untouched.
    expect(await b.as.OWNER.audit.verify({ organizationId: b.organizationId })).toMatchObject({
      ok: true,
      checked: 7,
    })
  })
})
