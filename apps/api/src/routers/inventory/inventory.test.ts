// Inventory items and batch costs through the real router: who may do what, one organization
// never sees another's items, list filters, item edits and archive, and input cost per batch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '@growops/db'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { placeNewPlants } from '../../../../../prisma/seed/plants.ts'
import { batchInputCostCents } from '../../services/inventory/batch-cost.ts'
import {
  createCultivationFixture,
  domainCodeOf,
  nextTag,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'
import { createTenant, ROLES, type TenantFixture } from '../../test/tenancy.ts'

let db: TestDatabase
let f: CultivationFixture
let other: TenantFixture
let org: string

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'inv-items')
  other = await createTenant(db.prisma, 'inv-other')
  org = f.tenant.organizationId
})

afterAll(async () => {
  await db.drop()
})

const as = (role: Role) => f.tenant.as[role]

function createItem(input: {
  sku: string
  name: string
  category?: 'NUTRIENT' | 'MEDIA' | 'SUPPLY' | 'EQUIPMENT' | 'OTHER'
  unit?: string
  restockThreshold?: number
}) {
  return as('HEAD_GROWER').inventory.createItem({
    organizationId: org,
    category: 'NUTRIENT',
    unit: 'L',
    ...input,
  })
}

describe('access', () => {
  it('[INV7] OWNER and HEAD_GROWER change stock; every other role reads and is refused writes', async () => {
    const item = await createItem({ sku: 'acc-1', name: 'Access nutrient' })
    expect(item.sku).toBe('ACC-1')
    const receipt = { organizationId: org, itemId: item.id, lotCode: 'L1', quantity: 1 }
    for (const role of ['STAFF', 'ACCOUNTANT', 'COMPLIANCE_MANAGER'] as const) {
      expect(await domainCodeOf(as(role).inventory.receive(receipt)), role).toBe('AUTH.FORBIDDEN')
      expect(
        await domainCodeOf(
          as(role).inventory.createItem({
            organizationId: org,
            sku: `NOPE-${role}`,
            name: 'x',
            category: 'OTHER',
            unit: 'each',
          }),
        ),
      ).toBe('AUTH.FORBIDDEN')
    }
    await as('HEAD_GROWER').inventory.receive(receipt)
    await as('OWNER').inventory.receive({ ...receipt, lotCode: 'L2' })
    for (const role of ROLES) {
      const listed = await as(role).inventory.items({ organizationId: org, search: 'ACC-1' })
      expect(
        listed.map((row) => [row.sku, row.onHand]),
        role,
      ).toEqual([['ACC-1', 2]])
    }
  })

  it('[INV7] another organization neither sees nor touches the items', async () => {
    const item = await createItem({ sku: 'TEN-1', name: 'Tenancy nutrient' })
    const stranger = other.as.OWNER
    expect(
      await domainCodeOf(stranger.inventory.item({ organizationId: org, itemId: item.id })),
    ).toBe('AUTH.FORBIDDEN')
    expect(
      await domainCodeOf(
        stranger.inventory.item({ organizationId: other.organizationId, itemId: item.id }),
      ),
    ).toBe('NOT_FOUND')
    expect(
      await domainCodeOf(
        stranger.inventory.receive({
          organizationId: other.organizationId,
          itemId: item.id,
          lotCode: 'X',
          quantity: 1,
        }),
      ),
    ).toBe('NOT_FOUND')
    expect(await stranger.inventory.items({ organizationId: other.organizationId })).toEqual([])
    // A use against another organization's batch is not found either.
    const theirs = await stranger.inventory.createItem({
      organizationId: other.organizationId,
      sku: 'TEN-1',
      name: 'Same SKU, other organization',
      category: 'SUPPLY',
      unit: 'each',
    })
    await stranger.inventory.receive({
      organizationId: other.organizationId,
      itemId: theirs.id,
      lotCode: 'X',
      quantity: 5,
    })
    expect(
      await domainCodeOf(
        stranger.inventory.use({
          organizationId: other.organizationId,
          itemId: theirs.id,
          quantity: 1,
          batchId: f.batchId,
          reason: 'x',
        }),
      ),
    ).toBe('NOT_FOUND')
  })
})

describe('items', () => {
  it('[INV7] SKUs are unique per organization, compared upper-cased', async () => {
    await createItem({ sku: 'DUP-1', name: 'First' })
    expect(await domainCodeOf(createItem({ sku: 'dup-1', name: 'Second' }))).toBe(
      'INVENTORY.SKU_TAKEN',
    )
  })

  it('lists on-hand totals, the low flag and next expiry; filters by category, low and search', async () => {
    const coco = await createItem({
      sku: 'COCO-50L',
      name: 'Coco coir',
      category: 'MEDIA',
      unit: 'bag',
      restockThreshold: 4,
    })
    const gloves = await createItem({
      sku: 'GLOVE-M',
      name: 'Nitrile gloves (M)',
      category: 'SUPPLY',
      unit: 'box',
      restockThreshold: 2,
    })
    const grower = as('HEAD_GROWER').inventory
    await grower.receive({ organizationId: org, itemId: coco.id, lotCode: 'C1', quantity: 3 })
    await grower.receive({
      organizationId: org,
      itemId: gloves.id,
      lotCode: 'G1',
      quantity: 10,
      expiresAt: '2028-01-31',
    })
    const list = (input: object) => as('STAFF').inventory.items({ organizationId: org, ...input })
    const media = await list({ category: 'MEDIA' })
    expect(media.map((row) => [row.name, row.onHand, row.lowStock, row.lotCount])).toEqual([
      ['Coco coir', 3, true, 1],
    ])
    expect((await list({ lowOnly: true })).map((row) => row.sku)).toContain('COCO-50L')
    expect((await list({ lowOnly: true })).map((row) => row.sku)).not.toContain('GLOVE-M')
    const found = await list({ search: 'nitrile' })
    expect(found).toMatchObject([
      { sku: 'GLOVE-M', onHand: 10, lowStock: false, nextExpiry: '2028-01-31T00:00:00.000Z' },
    ])
  })

  it('edits an item; the unit is fixed once it has transactions; archived items take no stock', async () => {
    const item = await createItem({ sku: 'EDIT-1', name: 'Cal-Mag', unit: 'mL' })
    const grower = as('HEAD_GROWER').inventory
    const renamed = await grower.updateItem({
      organizationId: org,
      itemId: item.id,
      name: 'Cal-Mag Plus',
      unit: 'L',
    })
    expect(renamed).toMatchObject({ name: 'Cal-Mag Plus', unit: 'L' })
    await grower.receive({ organizationId: org, itemId: item.id, lotCode: 'E1', quantity: 2 })
    expect(
      await domainCodeOf(grower.updateItem({ organizationId: org, itemId: item.id, unit: 'gal' })),
    ).toBe('VALIDATION.FAILED')
    const archived = await grower.archiveItem({ organizationId: org, itemId: item.id })
    expect(archived.archived).toBe(true)
    expect(
      await domainCodeOf(
        grower.use({ organizationId: org, itemId: item.id, quantity: 1, reason: 'Feed' }),
      ),
    ).toBe('INVENTORY.ITEM_ARCHIVED')
    const names = async (includeArchived: boolean) =>
      (await grower.items({ organizationId: org, includeArchived })).map((row) => row.sku)
    expect(await names(false)).not.toContain('EDIT-1')
    expect(await names(true)).toContain('EDIT-1')
    await grower.archiveItem({ organizationId: org, itemId: item.id, archived: false })
    await grower.use({ organizationId: org, itemId: item.id, quantity: 1, reason: 'Feed' })
    const audit = await db.prisma.auditLog.findMany({
      where: { entityType: 'InventoryItem', entityId: item.id },
      orderBy: { seq: 'asc' },
    })
    expect(audit.map((entry) => entry.action)).toEqual([
      'inventory.item.create',
      'inventory.item.update',
      'inventory.item.archive',
      'inventory.item.restore',
    ])
  })
})

describe('batch costs', () => {
  it('[INV6] direct uses count in full; room uses split among the batches in the room then', async () => {
    const grower = as('HEAD_GROWER').inventory
    const item = await createItem({ sku: 'COST-1', name: 'Cost nutrient' })
    await grower.receive({
      organizationId: org,
      itemId: item.id,
      lotCode: 'K1',
      quantity: 100,
      unitCostCents: 1250,
    })
    const uncosted = await createItem({ sku: 'COST-2', name: 'Free sample' })
    await grower.receive({ organizationId: org, itemId: uncosted.id, lotCode: 'F', quantity: 9 })
    const use = (
      input: { quantity: number; batchId?: string; roomId?: string },
      itemId = item.id,
    ) => grower.use({ organizationId: org, itemId, reason: 'Feed', ...input })

    await use({ quantity: 4, batchId: f.batchId })
    await use({ quantity: 1, batchId: f.otherBatchId }, uncosted.id)
    // Nobody in the dry room yet: unallocated.
    await use({ quantity: 0.5, roomId: f.dryRoomId })
    // Both batches in VEG-A: 1.001 L × $12.50 = 1251 cents → 626 + 625.
    for (const [batchId, address] of [
      [f.batchId, f.left(1, 1)],
      [f.otherBatchId, f.left(1, 2)],
    ] as const) {
      await placeNewPlants(db.prisma, {
        organizationId: org,
        batchId,
        positionIds: [f.positionId(address)],
        tags: [nextTag('COST')],
        placedById: null,
      })
    }
    const roomUse = await use({ quantity: 1.001, roomId: f.vegRoomId })
    expect(roomUse.transactions[0]).toMatchObject({ costCents: 1251, sharedBatchCount: 2 })

    const [first, second] = [f.batchId, f.otherBatchId].sort()
    const expected = new Map([
      [first, 626],
      [second, 625],
    ])
    const costs = await as('ACCOUNTANT').inventory.batchCosts({ organizationId: org })
    const row = (batchId: string) => costs.batches.find((b) => b.batchId === batchId)
    expect(row(f.batchId)).toMatchObject({
      name: 'B-1 Blue Dream',
      directCents: 5000,
      roomShareCents: expected.get(f.batchId),
      totalCents: 5000 + (expected.get(f.batchId) ?? 0),
      useCount: 2,
      uncostedUseCount: 0,
    })
    expect(row(f.otherBatchId)).toMatchObject({
      directCents: 0,
      roomShareCents: expected.get(f.otherBatchId),
      useCount: 2,
      uncostedUseCount: 1,
    })
    expect(costs.unallocatedCents).toBe(625)
    const ofProperty = await as('STAFF').inventory.batchCosts({
      organizationId: org,
      propertyId: f.propertyId,
    })
    expect(ofProperty).toEqual(costs)
    expect(await batchInputCostCents(db.prisma, org, f.batchId)).toBe(row(f.batchId)?.totalCents)
    expect(await batchInputCostCents(db.prisma, other.organizationId, f.batchId)).toBe(0)
    expect(
      await as('STAFF').batch.inputCost({ organizationId: org, batchId: f.otherBatchId }),
    ).toMatchObject({ batchId: f.otherBatchId, totalCents: expected.get(f.otherBatchId) })
    expect(
      await domainCodeOf(
        other.as.OWNER.batch.inputCost({
          organizationId: other.organizationId,
          batchId: f.batchId,
        }),
      ),
    ).toBe('NOT_FOUND')
    // Adjustments and disposals cost no batch.
    const lotId = roomUse.transactions[0]?.lot.id ?? ''
    await grower.dispose({
      organizationId: org,
      itemId: item.id,
      lotId,
      quantity: 1,
      reason: 'Spilt',
    })
    expect(await batchInputCostCents(db.prisma, org, f.batchId)).toBe(row(f.batchId)?.totalCents)
  })
})
