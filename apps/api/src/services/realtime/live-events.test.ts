// Live events of one organization commit in seq order, so catch-up "after seq N" can never
// skip an event whose transaction committed late; other organizations are not held up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TransactionClient } from '@growops/db'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { upsertOrganization } from '../../../../../prisma/seed/organizations.ts'
import { recordLiveEvents, type NewLiveEvent } from './live-events.ts'

let db: TestDatabase
let orgA: string
let orgB: string

beforeAll(async () => {
  db = await createTestDatabase()
  orgA = (await upsertOrganization(db.prisma, { name: 'A', slug: 'order-a' })).id
  orgB = (await upsertOrganization(db.prisma, { name: 'B', slug: 'order-b' })).id
})

afterAll(async () => {
  await db.drop()
})

function announcement(organizationId: string): NewLiveEvent {
  return {
    type: 'announcement.acknowledged',
    organizationId,
    payload: { announcementId: 'a1', userId: 'u1', acknowledgedAt: new Date().toISOString() },
  }
}

/** Opens a transaction that records one event and commits only when `release` is called. */
function heldTransaction(organizationId: string) {
  let release = () => undefined as void
  const gate = new Promise<void>((resolve) => (release = resolve))
  let recorded: (seq: string) => void = () => undefined
  const seq = new Promise<string>((resolve) => (recorded = resolve))
  const done = db.prisma.$transaction(async (tx: TransactionClient) => {
    const [envelope] = await recordLiveEvents(tx, [announcement(organizationId)])
    recorded(envelope?.seq ?? '')
    await gate
    return envelope?.seq ?? ''
  })
  return { seq, release, done }
}

const settled = (promise: Promise<unknown>) =>
  Promise.race([promise.then(() => true), new Promise((r) => setTimeout(() => r(false), 300))])

describe('recordLiveEvents ordering', () => {
  it('holds a second transaction of the organization until the first commits, so seqs commit in order', async () => {
    const first = heldTransaction(orgA)
    const firstSeq = await first.seq
    const second = db.prisma.$transaction((tx) => recordLiveEvents(tx, [announcement(orgA)]))
    expect(await settled(second)).toBe(false)
    // Another organization is not held up.
    const other = await db.prisma.$transaction((tx) => recordLiveEvents(tx, [announcement(orgB)]))
    expect(other).toHaveLength(1)
    first.release()
    await first.done
    const [secondEnvelope] = await second
    expect(BigInt(secondEnvelope?.seq ?? 0)).toBeGreaterThan(BigInt(firstSeq))
  })

  it('rejects a payload that does not match its schema and stores nothing', async () => {
    const before = await db.prisma.liveEvent.count()
    await expect(
      db.prisma.$transaction((tx) =>
        recordLiveEvents(tx, [
          { ...announcement(orgA), payload: { nope: true } } as unknown as NewLiveEvent,
        ]),
      ),
    ).rejects.toThrow()
    expect(await db.prisma.liveEvent.count()).toBe(before)
  })
})
