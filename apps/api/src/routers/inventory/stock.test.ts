// Stock changes through the real router against PostgreSQL: lots never go below zero (the
// refusal names what is on hand), first-expiring-first across lots, concurrent uses of the
// last units, idempotent replays, low-stock notifications once per fall, and the ledger.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { roundQuantity } from '@growops/domain'
import { verifyAuditChain } from '../../services/audit/verify-audit-chain.ts'
import {
  createCultivationFixture,
  domainCodeOf,
  domainCodeOfError,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'
import {
  createRecordingPublisher,
  type RecordingPublisher,
} from '../../test/recording-publisher.ts'
import { callerFor, type Caller } from '../../test/tenancy.ts'

let db: TestDatabase
let f: CultivationFixture
let org: string
let live: RecordingPublisher
let grower: Caller
let serial = 0

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'inv-stock')
  org = f.tenant.organizationId
  live = createRecordingPublisher()
  grower = await callerFor(db.prisma, f.tenant.userIds.HEAD_GROWER, live)
})

afterAll(async () => {
  await db.drop()
})

beforeEach(() => {
  live.clear()
})

async function newItem(restockThreshold?: number) {
  serial += 1
  return grower.inventory.createItem({
    organizationId: org,
    sku: `FM-${serial}`,
    name: `Flora Micro ${serial}`,
    category: 'NUTRIENT',
    unit: 'L',
    ...(restockThreshold === undefined ? {} : { restockThreshold }),
  })
}

function receive(itemId: string, lotCode: string, quantity: number, extra: object = {}) {
  return grower.inventory.receive({ organizationId: org, itemId, lotCode, quantity, ...extra })
}

/** Each lot's quantity equals the rounded sum of its transactions (INV9). */
async function expectLedgerBalanced(itemId: string) {
  const lots = await db.prisma.inventoryLot.findMany({
    where: { itemId },
    include: { transactions: { select: { quantity: true } } },
  })
  for (const lot of lots) {
    const sum = roundQuantity(lot.transactions.reduce((total, t) => total + t.quantity, 0))
    expect(lot.quantityOnHand, lot.lotCode).toBe(sum)
    expect(lot.quantityOnHand).toBeGreaterThanOrEqual(0)
  }
}

describe('overdraw', () => {
  it('[INV2] taking more than a lot holds is refused, naming what is on hand; nothing changes', async () => {
    const item = await newItem()
    const { transactions } = await receive(item.id, 'LOT-A', 2.5)
    const lotId = transactions[0]?.lot.id ?? ''
    const use = grower.inventory.use({
      organizationId: org,
      itemId: item.id,
      lotId,
      quantity: 3,
      reason: 'Feed',
    })
    const error: unknown = await use.catch((caught: unknown) => caught)
    expect(domainCodeOfError(error)).toBe('INVENTORY.INSUFFICIENT_STOCK')
    expect((error as Error).message).toBe(
      `Only 2.5 L of ${item.name} in lot LOT-A on hand; 3 L cannot be taken.`,
    )
    expect((error as { cause?: { details?: unknown } }).cause?.details).toEqual({
      item: item.name,
      unit: 'L',
      onHand: 2.5,
      requested: 3,
      lotCode: 'LOT-A',
    })
    // Without a lot: the item's total is named.
    await receive(item.id, 'LOT-B', 1)
    const fifo: unknown = await grower.inventory
      .use({ organizationId: org, itemId: item.id, quantity: 4, reason: 'Feed' })
      .catch((caught: unknown) => caught)
    expect((fifo as Error).message).toBe(`Only 3.5 L of ${item.name} on hand; 4 L cannot be taken.`)
    const detail = await grower.inventory.item({ organizationId: org, itemId: item.id })
    expect(detail.item.onHand).toBe(3.5)
    expect(await db.prisma.inventoryTransaction.count({ where: { itemId: item.id } })).toBe(2)
  })

  it('[INV2] an adjustment or disposal cannot take a lot below zero either', async () => {
    const item = await newItem()
    const { transactions } = await receive(item.id, 'LOT-A', 1)
    const lotId = transactions[0]?.lot.id ?? ''
    const base = { organizationId: org, itemId: item.id, lotId, reason: 'Count' }
    expect(await domainCodeOf(grower.inventory.adjust({ ...base, quantity: -1.5 }))).toBe(
      'INVENTORY.INSUFFICIENT_STOCK',
    )
    expect(await domainCodeOf(grower.inventory.dispose({ ...base, quantity: 2 }))).toBe(
      'INVENTORY.INSUFFICIENT_STOCK',
    )
    await grower.inventory.adjust({ ...base, quantity: 0.25 })
    const disposed = await grower.inventory.dispose({ ...base, quantity: 1.25, reason: 'Spilled' })
    expect(disposed.item.onHand).toBe(0)
    expect(disposed.transactions).toMatchObject([{ kind: 'DISPOSE', quantity: -1.25 }])
    await expectLedgerBalanced(item.id)
  })
})

describe('first expiring first', () => {
  it('[INV3] [INV4] a use without a lot spans lots by expiry, each part at its lot cost', async () => {
    const item = await newItem()
    await receive(item.id, 'LATE', 5, { unitCostCents: 1000, expiresAt: '2027-06-30' })
    await receive(item.id, 'NONE', 5, { unitCostCents: 100 })
    await receive(item.id, 'SOON', 2, { unitCostCents: 1250, expiresAt: '2027-01-31' })
    const used = await grower.inventory.use({
      organizationId: org,
      itemId: item.id,
      quantity: 3.5,
      batchId: f.batchId,
      reason: 'Week 3 feed',
    })
    expect(used.transactions.map((t) => [t.lot.lotCode, t.quantity, t.costCents])).toEqual([
      ['SOON', -2, 2500],
      ['LATE', -1.5, 1500],
    ])
    expect(used.item).toMatchObject({ onHand: 8.5, lotCount: 2 })
    const detail = await grower.inventory.item({ organizationId: org, itemId: item.id })
    expect(detail.lots.map((lot) => [lot.lotCode, lot.quantityOnHand])).toEqual([
      ['LATE', 3.5],
      ['NONE', 5],
      ['SOON', 0],
    ])
    await expectLedgerBalanced(item.id)
  })
})

describe('concurrency', () => {
  it('[INV9] of 8 concurrent uses of the last units exactly one wins; the lot ends at zero', async () => {
    const item = await newItem()
    await receive(item.id, 'LAST', 3)
    await grower.inventory.use({ organizationId: org, itemId: item.id, quantity: 2, reason: 'a' })
    const others = await Promise.all(
      (['OWNER', 'HEAD_GROWER'] as const).map((role) =>
        callerFor(db.prisma, f.tenant.userIds[role]),
      ),
    )
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, index) =>
        (others[index % 2] ?? grower).inventory.use({
          organizationId: org,
          itemId: item.id,
          quantity: 1,
          reason: `race ${index}`,
        }),
      ),
    )
    const won = results.filter((result) => result.status === 'fulfilled')
    const lost = results.flatMap((result) =>
      result.status === 'rejected' ? [domainCodeOfError(result.reason)] : [],
    )
    expect(won).toHaveLength(1)
    expect(lost).toEqual(Array.from({ length: 7 }, () => 'INVENTORY.INSUFFICIENT_STOCK'))
    const lot = await db.prisma.inventoryLot.findFirstOrThrow({ where: { itemId: item.id } })
    expect(lot.quantityOnHand).toBe(0)
    await expectLedgerBalanced(item.id)
    expect(await verifyAuditChain(db.prisma, org)).toMatchObject({ ok: true })
  })
})

describe('idempotency', () => {
  it('[INV9] a replayed use answers as the first did and takes nothing twice', async () => {
    const item = await newItem()
    await receive(item.id, 'LOT-A', 10)
    const key = randomUUID()
    const request = {
      organizationId: org,
      itemId: item.id,
      quantity: 4,
      roomId: f.vegRoomId,
      reason: 'Flush',
      idempotencyKey: key,
    }
    live.clear()
    const first = await grower.inventory.use(request)
    const [again, concurrent] = await Promise.all([
      grower.inventory.use(request),
      grower.inventory.use(request),
    ])
    expect(again).toEqual(first)
    expect(concurrent).toEqual(first)
    expect(first.item.onHand).toBe(6)
    expect(await db.prisma.inventoryTransaction.count({ where: { itemId: item.id } })).toBe(2)
    // Replays publish nothing.
    expect(live.published.filter((e) => e.type === 'inventory.changed')).toHaveLength(1)
    expect(await domainCodeOf(grower.inventory.use({ ...request, quantity: 5 }))).toBe(
      'IDEMPOTENCY.KEY_REUSED',
    )
    const receiveKey = randomUUID()
    const lot = { lotCode: 'LOT-K', quantity: 1, idempotencyKey: receiveKey }
    const received = await receive(item.id, lot.lotCode, lot.quantity, lot)
    expect(await receive(item.id, lot.lotCode, lot.quantity, lot)).toEqual(received)
    expect(await domainCodeOf(receive(item.id, lot.lotCode, 1, { expiresAt: '2027-01-01' }))).toBe(
      'INVENTORY.LOT_EXISTS',
    )
  })
})

describe('low stock', () => {
  it('[INV5] notifies OWNER and HEAD_GROWER once per fall, re-armed when stock rises above', async () => {
    const item = await newItem(5)
    const use = (quantity: number) =>
      grower.inventory.use({ organizationId: org, itemId: item.id, quantity, reason: 'Feed' })
    const notified = () =>
      db.prisma.notification.findMany({
        where: { sourceId: item.id, kind: 'INVENTORY' },
        orderBy: { createdAt: 'asc' },
      })
    const received = await receive(item.id, 'LOT-1', 10)
    expect(received.item).toMatchObject({ onHand: 10, lowStock: false, lowStockSince: null })
    expect(await notified()).toHaveLength(0)
    const fell = await use(6)
    expect(fell.item).toMatchObject({ onHand: 4, lowStock: true })
    const first = await notified()
    expect(first.map((n) => n.userId).sort()).toEqual(
      [f.tenant.userIds.OWNER, f.tenant.userIds.HEAD_GROWER].sort(),
    )
    expect(first[0]).toMatchObject({
      title: `Low stock: ${item.name}`,
      body: '4 L on hand; restock at 5 L.',
      link: `/inventory/${item.id}`,
    })
    expect(
      live.published.filter((e) => e.type === 'notification.created').map((e) => e.userId),
    ).toHaveLength(2)
    await use(1)
    expect(await notified()).toHaveLength(2)
    const rose = await receive(item.id, 'LOT-2', 10)
    expect(rose.item).toMatchObject({ onHand: 13, lowStock: false, lowStockSince: null })
    await use(8)
    expect(await notified()).toHaveLength(4)
  })

  it('[INV5] raising the threshold above what is on hand notifies; removing it re-arms', async () => {
    const item = await newItem()
    await receive(item.id, 'LOT-1', 3)
    const raised = await grower.inventory.updateItem({
      organizationId: org,
      itemId: item.id,
      restockThreshold: 4,
    })
    expect(raised).toMatchObject({ lowStock: true })
    expect(raised.lowStockSince).not.toBeNull()
    expect(await db.prisma.notification.count({ where: { sourceId: item.id } })).toBe(2)
    const removed = await grower.inventory.updateItem({
      organizationId: org,
      itemId: item.id,
      restockThreshold: null,
    })
    expect(removed).toMatchObject({ lowStock: false, lowStockSince: null })
  })
})

describe('ledger', () => {
  it('[INV9] one audit entry per transaction, the chain intact; filters and pages', async () => {
    const item = await newItem()
    await receive(item.id, 'A', 1, { expiresAt: '2027-01-01' })
    await receive(item.id, 'B', 5)
    const spanning = await grower.inventory.use({
      organizationId: org,
      itemId: item.id,
      quantity: 2,
      batchId: f.otherBatchId,
      reason: 'Top dress',
    })
    expect(spanning.transactions).toHaveLength(2)
    const ids = (
      await db.prisma.inventoryTransaction.findMany({
        where: { itemId: item.id },
        select: { id: true },
      })
    ).map((row) => row.id)
    expect(ids).toHaveLength(4)
    const audit = await db.prisma.auditLog.findMany({
      where: { entityType: 'InventoryTransaction', entityId: { in: ids } },
    })
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      'inventory.receive',
      'inventory.receive',
      'inventory.use',
      'inventory.use',
    ])
    expect(audit.find((entry) => entry.action === 'inventory.use')?.actorId).toBe(
      f.tenant.userIds.HEAD_GROWER,
    )
    expect(await verifyAuditChain(db.prisma, org)).toMatchObject({ ok: true })

    const page = (cursor?: string) =>
      f.tenant.as.ACCOUNTANT.inventory.transactions({
        organizationId: org,
        itemId: item.id,
        limit: 3,
        ...(cursor ? { cursor } : {}),
      })
    const first = await page()
    expect(first.transactions).toHaveLength(3)
    const second = await page(first.nextCursor ?? undefined)
    expect(second).toMatchObject({ nextCursor: null })
    expect([...first.transactions, ...second.transactions].map((t) => t.id).sort()).toEqual(
      [...ids].sort(),
    )
    const uses = await f.tenant.as.STAFF.inventory.transactions({
      organizationId: org,
      batchId: f.otherBatchId,
      kind: 'USE',
    })
    expect(uses.transactions.map((t) => t.batch?.name)).toEqual(['B-2 OG Kush', 'B-2 OG Kush'])
    const range = (from: Date, to?: Date) =>
      f.tenant.as.ACCOUNTANT.inventory.transactions({
        organizationId: org,
        itemId: item.id,
        from,
        ...(to ? { to } : {}),
      })
    expect((await range(new Date(Date.now() - 60_000))).transactions).toHaveLength(4)
    expect((await range(new Date(Date.now() + 60_000))).transactions).toHaveLength(0)
    expect(await domainCodeOf(range(new Date(Date.now()), new Date(Date.now() - 60_000)))).toBe(
      'VALIDATION.FAILED',
    )
  })
})
