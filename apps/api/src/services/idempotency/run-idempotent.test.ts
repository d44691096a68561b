import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { upsertOrganization, upsertUser } from '../../../../../prisma/seed/organizations.ts'
import { runIdempotent } from './run-idempotent.ts'

let db: TestDatabase
let userId: string

beforeAll(async () => {
  db = await createTestDatabase()
  userId = (await upsertUser(db.prisma, { email: 'phone@a.test', name: 'Phone' })).id
})

afterAll(async () => {
  await db.drop()
})

/** A mutation with a visible effect: creates one organization per real run. */
function createOrganization(slug: string) {
  return async (tx: Parameters<Parameters<typeof runIdempotent>[2]>[0]) => {
    const organization = await upsertOrganization(tx, { name: slug, slug })
    return { id: organization.id, at: new Date(0) }
  }
}

describe('runIdempotent', () => {
  it('applies once and answers a retry with the first answer', async () => {
    const request = { userId, key: 'k-1', scope: 'test.create', input: { slug: 'once' } }
    const first = await runIdempotent(db.prisma, request, createOrganization('once'))
    const again = await runIdempotent(db.prisma, request, createOrganization('once-again'))
    expect(again).toEqual(first)
    expect(first.at).toBe('1970-01-01T00:00:00.000Z')
    expect(await db.prisma.organization.count({ where: { slug: { startsWith: 'once' } } })).toBe(1)
  })

  it('applies once when the same key arrives 10 times at once', async () => {
    const request = { userId, key: 'k-2', scope: 'test.create', input: { slug: 'race' } }
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        runIdempotent(db.prisma, request, createOrganization(`race-${n}`)),
      ),
    )
    expect(new Set(answers.map((answer) => answer.id)).size).toBe(1)
    expect(await db.prisma.organization.count({ where: { slug: { startsWith: 'race-' } } })).toBe(1)
  })

  it('refuses a reused key with different input', async () => {
    await runIdempotent(
      db.prisma,
      { userId, key: 'k-3', scope: 'test.create', input: { slug: 'x' } },
      createOrganization('x'),
    )
    await expect(
      runIdempotent(
        db.prisma,
        { userId, key: 'k-3', scope: 'test.create', input: { slug: 'y' } },
        createOrganization('y'),
      ),
    ).rejects.toMatchObject({ code: 'IDEMPOTENCY.KEY_REUSED' })
  })

  it('stores nothing when the mutation fails, so a retry runs afresh', async () => {
    const request = { userId, key: 'k-4', scope: 'test.create', input: { slug: 'later' } }
    await expect(
      runIdempotent(db.prisma, request, () => Promise.reject(new Error('database hiccup'))),
    ).rejects.toThrow('database hiccup')
    const answer = await runIdempotent(db.prisma, request, createOrganization('later'))
    expect(answer.id).toBeTruthy()
  })
})
