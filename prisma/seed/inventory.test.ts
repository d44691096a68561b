import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { roundQuantity } from '@growops/domain'
import { batchInputCostCents } from '../../apps/api/src/services/inventory/batch-cost.ts'
import { seedDemoFacility } from './demo-facility.ts'
import { seedDemoInventory } from './inventory.ts'

let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
})

afterAll(async () => {
  await db.drop()
})

describe('demo inventory seed', () => {
  it('seeds items, lots and uses once; lots match their transactions; gloves run low', async () => {
    const facility = await seedDemoFacility(db.prisma, { demoPasswords: false })
    const input = {
      organizationId: facility.organizationId,
      propertyId: facility.propertyId,
      performedById: facility.userIdByRole.HEAD_GROWER,
    }
    await seedDemoInventory(db.prisma, input)
    const counts = async () => ({
      items: await db.prisma.inventoryItem.count(),
      lots: await db.prisma.inventoryLot.count(),
      transactions: await db.prisma.inventoryTransaction.count(),
    })
    const first = await counts()
    expect(first).toEqual({ items: 5, lots: 6, transactions: 11 })
    await seedDemoInventory(db.prisma, input)
    expect(await counts()).toEqual(first)

    const lots = await db.prisma.inventoryLot.findMany({
      include: { transactions: { select: { quantity: true } } },
    })
    for (const lot of lots) {
      const sum = roundQuantity(lot.transactions.reduce((total, t) => total + t.quantity, 0))
      expect(lot.quantityOnHand, lot.lotCode).toBe(sum)
    }
    const low = await db.prisma.inventoryItem.findMany({
      where: { lowStockSince: { not: null } },
      select: { sku: true },
    })
    expect(low.map((item) => item.sku)).toEqual(['GLOVE-NIT-M'])

    // Blue Dream: 4 L × $12.50 and 12 bags × $18.00 for the batch, and the gloves used in VEG-A,
    // where only Blue Dream grows (3 × $9.99).
    const blueDream = await db.prisma.batch.findFirstOrThrow({
      where: { name: 'B-001 Blue Dream' },
    })
    expect(await batchInputCostCents(db.prisma, facility.organizationId, blueDream.id)).toBe(
      5000 + 21600 + 2997,
    )
  })
})
