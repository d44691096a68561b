// Demo inventory for the demo facility: nutrients, growing media and supplies with lots, a few
// uses against the demo batches and rooms, and one item below its restock threshold.
// Idempotent: items by SKU, lots by lot code; a lot's transactions are written only when the
// lot is created, so running it again changes nothing.
import type { InventoryCategory, PrismaClient } from '@growops/db'
import { isLowStock, roundQuantity, sumQuantities, useCostCents } from '@growops/domain'

const DAY_MS = 86_400_000

interface DemoUse {
  quantity: number
  reason: string
  /** A batch name or a room code. */
  batch?: string
  room?: string
  daysAgo: number
}

interface DemoLot {
  lotCode: string
  quantity: number
  unitCostCents: number | null
  supplier: string
  receivedDaysAgo: number
  expiresInDays: number | null
  uses: DemoUse[]
}

interface DemoItem {
  sku: string
  name: string
  category: InventoryCategory
  unit: string
  restockThreshold: number | null
  lots: DemoLot[]
}

export const DEMO_INVENTORY: readonly DemoItem[] = [
  {
    sku: 'FLORA-MICRO',
    name: 'Flora Micro',
    category: 'NUTRIENT',
    unit: 'L',
    restockThreshold: 5,
    lots: [
      {
        lotCode: 'FM-2409',
        quantity: 20,
        unitCostCents: 1250,
        supplier: 'General Hydroponics',
        receivedDaysAgo: 40,
        expiresInDays: 300,
        uses: [
          { quantity: 4, reason: 'Week 2 feed', batch: 'B-001 Blue Dream', daysAgo: 20 },
          { quantity: 6, reason: 'Week 5 feed', room: 'FLOWER-A', daysAgo: 12 },
        ],
      },
      {
        lotCode: 'FM-2411',
        quantity: 10,
        unitCostCents: 1300,
        supplier: 'General Hydroponics',
        receivedDaysAgo: 8,
        expiresInDays: 420,
        uses: [],
      },
    ],
  },
  {
    sku: 'FLORA-BLOOM',
    name: 'Flora Bloom',
    category: 'NUTRIENT',
    unit: 'L',
    restockThreshold: 5,
    lots: [
      {
        lotCode: 'FB-2410',
        quantity: 15,
        unitCostCents: 1250,
        supplier: 'General Hydroponics',
        receivedDaysAgo: 30,
        expiresInDays: 330,
        uses: [{ quantity: 3.5, reason: 'Bloom feed', batch: 'B-002 OG Kush', daysAgo: 6 }],
      },
    ],
  },
  {
    sku: 'COCO-50L',
    name: 'Coco coir',
    category: 'MEDIA',
    unit: 'bag',
    restockThreshold: 10,
    lots: [
      {
        lotCode: 'CC-0925',
        quantity: 40,
        unitCostCents: 1800,
        supplier: 'Canna',
        receivedDaysAgo: 60,
        expiresInDays: null,
        uses: [{ quantity: 12, reason: 'Transplant', batch: 'B-001 Blue Dream', daysAgo: 35 }],
      },
    ],
  },
  {
    sku: 'GLOVE-NIT-M',
    name: 'Nitrile gloves (M)',
    category: 'SUPPLY',
    unit: 'box',
    restockThreshold: 4,
    lots: [
      {
        lotCode: 'GL-0101',
        quantity: 6,
        unitCostCents: 999,
        supplier: 'Uline',
        receivedDaysAgo: 50,
        expiresInDays: null,
        // Leaves 3 boxes: below the threshold of 4.
        uses: [{ quantity: 3, reason: 'Daily use', room: 'VEG-A', daysAgo: 4 }],
      },
    ],
  },
  {
    sku: 'PH-DOWN',
    name: 'pH Down',
    category: 'NUTRIENT',
    unit: 'L',
    restockThreshold: null,
    lots: [
      {
        lotCode: 'PD-77',
        quantity: 4,
        unitCostCents: null,
        supplier: 'Sample from distributor',
        receivedDaysAgo: 15,
        expiresInDays: 700,
        uses: [],
      },
    ],
  },
]

interface SeedContext {
  prisma: PrismaClient
  organizationId: string
  performedById: string
  now: number
  batchIdByName: Map<string, string>
  roomIdByCode: Map<string, string>
}

/** Ids of the batches with a plant in the room now, sorted (as a room use records them). */
async function batchesInRoom(context: SeedContext, roomId: string): Promise<string[]> {
  const plants = await context.prisma.plant.findMany({
    where: { organizationId: context.organizationId, position: { roomId } },
    distinct: ['batchId'],
    select: { batchId: true },
  })
  return plants.map((plant) => plant.batchId).sort()
}

async function seedLot(context: SeedContext, itemId: string, lot: DemoLot): Promise<void> {
  const { prisma, now } = context
  const existing = await prisma.inventoryLot.findUnique({
    where: { itemId_lotCode: { itemId, lotCode: lot.lotCode } },
  })
  if (existing) return
  let onHand = roundQuantity(lot.quantity)
  const created = await prisma.inventoryLot.create({
    data: {
      itemId,
      lotCode: lot.lotCode,
      supplier: lot.supplier,
      receivedAt: new Date(now - lot.receivedDaysAgo * DAY_MS),
      expiresAt: lot.expiresInDays === null ? null : new Date(now + lot.expiresInDays * DAY_MS),
      unitCostCents: lot.unitCostCents,
      quantityOnHand: onHand,
    },
  })
  const base = {
    organizationId: context.organizationId,
    itemId,
    lotId: created.id,
    performedById: context.performedById,
  }
  await prisma.inventoryTransaction.create({
    data: {
      ...base,
      kind: 'RECEIVE',
      quantity: onHand,
      costCents: useCostCents(onHand, lot.unitCostCents),
      reason: 'Received',
      performedAt: created.receivedAt,
    },
  })
  for (const use of lot.uses) {
    const batchId = use.batch ? context.batchIdByName.get(use.batch) : undefined
    const roomId = use.room ? context.roomIdByCode.get(use.room) : undefined
    onHand = roundQuantity(onHand - use.quantity)
    await prisma.inventoryTransaction.create({
      data: {
        ...base,
        kind: 'USE',
        quantity: -use.quantity,
        costCents: useCostCents(use.quantity, lot.unitCostCents),
        reason: use.reason,
        batchId: batchId ?? null,
        roomId: roomId ?? null,
        sharedBatchIds: roomId ? await batchesInRoom(context, roomId) : [],
        performedAt: new Date(now - use.daysAgo * DAY_MS),
      },
    })
  }
  await prisma.inventoryLot.update({ where: { id: created.id }, data: { quantityOnHand: onHand } })
}

export async function seedDemoInventory(
  prisma: PrismaClient,
  input: { organizationId: string; propertyId: string; performedById: string; now?: Date },
): Promise<{ itemIds: string[] }> {
  const [batches, rooms] = await Promise.all([
    prisma.batch.findMany({
      where: { organizationId: input.organizationId },
      select: { id: true, name: true },
    }),
    prisma.room.findMany({
      where: { building: { propertyId: input.propertyId } },
      select: { id: true, code: true },
    }),
  ])
  const context: SeedContext = {
    prisma,
    organizationId: input.organizationId,
    performedById: input.performedById,
    now: (input.now ?? new Date()).getTime(),
    batchIdByName: new Map(batches.map((batch) => [batch.name, batch.id])),
    roomIdByCode: new Map(rooms.map((room) => [room.code, room.id])),
  }
  const itemIds: string[] = []
  for (const demo of DEMO_INVENTORY) {
    const item = await prisma.inventoryItem.upsert({
      where: { organizationId_sku: { organizationId: input.organizationId, sku: demo.sku } },
      create: {
        organizationId: input.organizationId,
        sku: demo.sku,
        name: demo.name,
        category: demo.category,
        unit: demo.unit,
        restockThreshold: demo.restockThreshold,
      },
      update: {},
    })
    for (const lot of demo.lots) await seedLot(context, item.id, lot)
    const lots = await prisma.inventoryLot.findMany({
      where: { itemId: item.id },
      select: { quantityOnHand: true },
    })
    // Items that start low count as already notified (INV5): the seed sends no notifications.
    const low = isLowStock(
      sumQuantities(lots.map((lot) => lot.quantityOnHand)),
      item.restockThreshold,
    )
    if (low !== (item.lowStockSince !== null)) {
      await prisma.inventoryItem.update({
        where: { id: item.id },
        data: { lowStockSince: low ? new Date(context.now) : null },
      })
    }
    itemIds.push(item.id)
  }
  return { itemIds }
}
