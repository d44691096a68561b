import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors/domain-error.ts'
import { allocateUseCosts, splitCents, useCostCents, type CostedUse } from './costs.ts'
import {
  InventoryAdjustInputSchema,
  InventoryItemCreateInputSchema,
  InventoryItemUpdateInputSchema,
  InventoryReceiveInputSchema,
  InventoryUseInputSchema,
} from './inventory.schema.ts'
import { compareLotsForUse, drawFromLot, planFifoDraws, type LotState } from './lots.ts'
import { roundQuantity, signedQuantity, sumQuantities } from './quantities.ts'
import { isLowStock, nextRestockState } from './restock.ts'

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const FLORA = { name: 'Flora Micro', unit: 'L' }
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

function lot(id: string, onHand: number, received: string, expires: string | null): LotState {
  return {
    id,
    lotCode: id.toUpperCase(),
    quantityOnHand: onHand,
    receivedAt: day(received),
    expiresAt: expires ? day(expires) : null,
  }
}

function refusal(run: () => unknown): DomainError {
  try {
    run()
  } catch (error) {
    if (error instanceof DomainError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('quantities', () => {
  it.each([
    ['RECEIVE', 5, 5],
    ['USE', 2.5, -2.5],
    ['DISPOSE', 1, -1],
    ['ADJUST', -0.75, -0.75],
    ['ADJUST', 3, 3],
    ['USE', 0.0004, 0],
    ['RECEIVE', 1.23456, 1.235],
  ] as const)('[INV1] a %s of %d changes the lot by %d', (kind, quantity, delta) => {
    expect(signedQuantity(kind, quantity)).toBe(delta)
  })

  it('[INV1] sums of many small uses do not drift, in any order', () => {
    expect(sumQuantities(Array.from({ length: 10 }, () => 0.1))).toBe(1)
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5_000_000, max: 5_000_000 }), { maxLength: 40 }),
        (m) => {
          const values = m.map((thousandths) => thousandths / 1000)
          const total = sumQuantities(values)
          expect(sumQuantities(values.toReversed())).toBe(total)
          expect(total).toBe(roundQuantity(total))
          expect(total).toBe(m.reduce((sum, value) => sum + value, 0) / 1000)
        },
      ),
    )
  })

  it('[INV1] rounds to three decimals and never gives −0', () => {
    expect(roundQuantity(2.0005)).toBe(2.001)
    expect(Object.is(roundQuantity(-0.0001), 0)).toBe(true)
  })
})

describe('lots', () => {
  it('[INV2] a lot may go to zero but never below; the refusal names what is on hand', () => {
    const a = lot('a', 2.5, '2026-01-01', null)
    expect(drawFromLot(a, -2.5, FLORA)).toMatchObject({ delta: -2.5, onHandAfter: 0 })
    const error = refusal(() => drawFromLot(a, -3, FLORA))
    expect(error.code).toBe('INVENTORY.INSUFFICIENT_STOCK')
    expect(error.message).toBe('Only 2.5 L of Flora Micro in lot A on hand; 3 L cannot be taken.')
    expect(error.details).toEqual({
      item: 'Flora Micro',
      unit: 'L',
      onHand: 2.5,
      requested: 3,
      lotCode: 'A',
    })
  })

  it('[INV2] a positive adjustment raises any lot', () => {
    expect(drawFromLot(lot('a', 0, '2026-01-01', null), 4.2, FLORA).onHandAfter).toBe(4.2)
  })

  it('[INV3] lots are used first-expiring first, lots without expiry last, then oldest received', () => {
    const lots = [
      lot('noexp-old', 1, '2025-01-01', null),
      lot('late', 1, '2025-06-01', '2027-01-01'),
      lot('soon-new', 1, '2026-02-01', '2026-12-01'),
      lot('soon-old', 1, '2026-01-01', '2026-12-01'),
      lot('noexp-new', 1, '2026-03-01', null),
    ]
    expect(lots.toSorted(compareLotsForUse).map((l) => l.id)).toEqual([
      'soon-old',
      'soon-new',
      'late',
      'noexp-old',
      'noexp-new',
    ])
  })

  it('[INV3] a use without a lot spans lots in that order and skips empty ones', () => {
    const lots = [
      lot('b', 5, '2026-02-01', null),
      lot('a', 1.5, '2026-01-01', null),
      lot('empty', 0, '2025-01-01', null),
    ]
    expect(planFifoDraws(lots, 4, FLORA)).toEqual([
      { lotId: 'a', lotCode: 'A', delta: -1.5, onHandAfter: 0 },
      { lotId: 'b', lotCode: 'B', delta: -2.5, onHandAfter: 2.5 },
    ])
    expect(planFifoDraws(lots, 1, FLORA)).toEqual([
      { lotId: 'a', lotCode: 'A', delta: -1, onHandAfter: 0.5 },
    ])
  })

  it('[INV3] more than all lots hold is refused with the item total, nothing planned', () => {
    const error = refusal(() =>
      planFifoDraws(
        [lot('a', 1.2, '2026-01-01', null), lot('b', 0.3, '2026-01-02', null)],
        2,
        FLORA,
      ),
    )
    expect(error.details).toMatchObject({ onHand: 1.5, requested: 2, lotCode: null })
    expect(error.message).toBe('Only 1.5 L of Flora Micro on hand; 2 L cannot be taken.')
  })

  it('[INV3] the draws add up to the quantity and no lot goes negative', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 200_000 }),
        (onHands, wanted) => {
          const lots = onHands.map((q, i) =>
            lot(`l${i}`, q / 1000, `2026-01-0${(i % 9) + 1}`, null),
          )
          const total = sumQuantities(lots.map((l) => l.quantityOnHand))
          const quantity = wanted / 1000
          if (quantity > total) {
            expect(() => planFifoDraws(lots, quantity, FLORA)).toThrow(DomainError)
            return
          }
          const draws = planFifoDraws(lots, quantity, FLORA)
          expect(sumQuantities(draws.map((d) => -d.delta))).toBe(roundQuantity(quantity))
          for (const draw of draws) expect(draw.onHandAfter).toBeGreaterThanOrEqual(0)
        },
      ),
    )
  })
})

describe('costs', () => {
  it.each([
    [4, 1250, 5000],
    [0.5, 999, 500],
    [1.333, 300, 400],
    [2.5, 0, 0],
    [3, null, null],
  ] as const)('[INV4] %d units at %s cents cost %s cents', (quantity, unit, cents) => {
    expect(useCostCents(quantity, unit)).toBe(cents)
  })

  it('[INV6] splits cents equally, the remainder to the first shares, adding up exactly', () => {
    expect(splitCents(1000, 3)).toEqual([334, 333, 333])
    expect(splitCents(5, 2)).toEqual([3, 2])
    expect(splitCents(7, 0)).toEqual([])
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 50 }),
        (c, n) => {
          const shares = splitCents(c, n)
          expect(shares.reduce((sum, share) => sum + share, 0)).toBe(c)
          expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1)
        },
      ),
    )
  })

  it('[INV6] direct uses count in full; room uses are split among the batches in the room', () => {
    const uses: CostedUse[] = [
      { batchId: 'b1', roomId: null, costCents: 5000, sharedBatchIds: [] },
      { batchId: 'b2', roomId: null, costCents: null, sharedBatchIds: [] },
      { batchId: null, roomId: 'r', costCents: 1001, sharedBatchIds: ['b2', 'b1'] },
      { batchId: null, roomId: 'r', costCents: 300, sharedBatchIds: [] },
    ]
    const { byBatch, unallocatedCents } = allocateUseCosts(uses)
    expect(byBatch.get('b1')).toEqual({
      directCents: 5000,
      roomShareCents: 501,
      totalCents: 5501,
      useCount: 2,
      uncostedUseCount: 0,
    })
    expect(byBatch.get('b2')).toEqual({
      directCents: 0,
      roomShareCents: 500,
      totalCents: 500,
      useCount: 2,
      uncostedUseCount: 1,
    })
    expect(unallocatedCents).toBe(300)
  })
})

describe('restock', () => {
  const now = new Date('2026-05-01T10:00:00Z')
  const earlier = new Date('2026-04-01T10:00:00Z')

  it('[INV5] low means at or below the threshold; never without one', () => {
    expect(isLowStock(5, 5)).toBe(true)
    expect(isLowStock(5.001, 5)).toBe(false)
    expect(isLowStock(0, null)).toBe(false)
  })

  it.each([
    [{ restockThreshold: 5, lowStockSince: null }, 4, 'NOTIFY'],
    [{ restockThreshold: 5, lowStockSince: null }, 5, 'NOTIFY'],
    [{ restockThreshold: 5, lowStockSince: earlier }, 2, 'NONE'],
    [{ restockThreshold: 5, lowStockSince: earlier }, 6, 'REARM'],
    [{ restockThreshold: 5, lowStockSince: null }, 6, 'NONE'],
    [{ restockThreshold: null, lowStockSince: earlier }, 0, 'REARM'],
    [{ restockThreshold: null, lowStockSince: null }, 0, 'NONE'],
  ] as const)('[INV5] %o with %d on hand → %s', (state, onHand, action) => {
    expect(nextRestockState(state, onHand, now).action).toBe(action)
  })

  it('[INV5] one notification per fall: a second fall notifies only after a rise re-arms', () => {
    let state = { restockThreshold: 5, lowStockSince: null as Date | null }
    const actions: string[] = []
    for (const onHand of [10, 4, 3, 1, 8, 6, 2, 0]) {
      const step = nextRestockState(state, onHand, now)
      actions.push(step.action)
      state = { ...state, lowStockSince: step.lowStockSince }
    }
    expect(actions).toEqual(['NONE', 'NOTIFY', 'NONE', 'NONE', 'REARM', 'NONE', 'NOTIFY', 'NONE'])
  })
})

describe('inputs', () => {
  const itemId = uuid(1)

  it('[INV8] an item has a normalised SKU, a category and a unit; threshold optional', () => {
    const parsed = InventoryItemCreateInputSchema.parse({
      sku: ' flora-micro ',
      name: 'Flora Micro',
      category: 'NUTRIENT',
      unit: 'L',
      restockThreshold: 5.0004,
    })
    expect(parsed).toMatchObject({ sku: 'FLORA-MICRO', restockThreshold: 5 })
    expect(InventoryItemCreateInputSchema.safeParse({ ...parsed, category: 'SEED' }).success).toBe(
      false,
    )
    expect(InventoryItemCreateInputSchema.safeParse({ ...parsed, sku: 'a b' }).success).toBe(false)
    expect(InventoryItemUpdateInputSchema.safeParse({ itemId }).success).toBe(false)
    expect(
      InventoryItemUpdateInputSchema.parse({ itemId, restockThreshold: null }).restockThreshold,
    ).toBeNull()
  })

  it.each([0, -1, 0.0001, Number.NaN, 2_000_000])(
    '[INV8] a quantity of %d is refused',
    (quantity) => {
      const result = InventoryUseInputSchema.safeParse({ itemId, quantity, reason: 'Feed' })
      expect(result.error?.issues[0]?.path).toEqual(['quantity'])
    },
  )

  it('[INV8] a receive needs a lot code; cost, supplier and expiry are optional', () => {
    const parsed = InventoryReceiveInputSchema.parse({
      itemId,
      lotCode: 'FM-2026-01',
      quantity: 10,
      supplier: '  ',
      expiresAt: '2027-03-31',
    })
    expect(parsed).toMatchObject({ supplier: undefined, reason: 'Received', quantity: 10 })
    expect(parsed.expiresAt).toEqual(day('2027-03-31'))
    expect(
      InventoryReceiveInputSchema.safeParse({
        itemId,
        lotCode: 'x',
        quantity: 1,
        unitCostCents: 1.5,
      }).success,
    ).toBe(false)
  })

  it('[INV8] a use is against a room or a batch, not both, and needs a reason', () => {
    const base = { itemId, quantity: 1, reason: 'Feed' }
    expect(InventoryUseInputSchema.safeParse({ ...base, roomId: uuid(2) }).success).toBe(true)
    const both = InventoryUseInputSchema.safeParse({ ...base, roomId: uuid(2), batchId: uuid(3) })
    expect(both.error?.issues[0]?.path).toEqual(['batchId'])
    expect(InventoryUseInputSchema.safeParse({ ...base, reason: ' ' }).success).toBe(false)
  })

  it('[INV8] an adjustment is signed and not zero', () => {
    const base = { itemId, lotId: uuid(2), reason: 'Count' }
    expect(InventoryAdjustInputSchema.parse({ ...base, quantity: -0.5 }).quantity).toBe(-0.5)
    expect(InventoryAdjustInputSchema.safeParse({ ...base, quantity: 0 }).success).toBe(false)
  })
})
