// Inputs of the inventory procedures (INV8). The organization id is added by the api's
// organization procedures; the web forms validate with these same schemas.
import { z } from 'zod'
import { IdempotencyKeySchema } from '../plants/plants.schema.ts'
import { MAX_QUANTITY, roundQuantity } from './quantities.ts'

export const InventoryCategorySchema = z.enum(['NUTRIENT', 'MEDIA', 'SUPPLY', 'EQUIPMENT', 'OTHER'])
export type InventoryCategory = z.infer<typeof InventoryCategorySchema>

export const InventoryTransactionKindSchema = z.enum(['RECEIVE', 'USE', 'ADJUST', 'DISPOSE'])

export const INVENTORY_TEXT_LIMITS = {
  sku: 40,
  name: 120,
  unit: 16,
  lotCode: 60,
  supplier: 120,
  reason: 500,
} as const

/** Largest unit cost a lot may have: $1,000,000.00. */
export const MAX_UNIT_COST_CENTS = 100_000_000

const NumberSchema = z
  .number({ error: 'Enter a number.' })
  .refine(Number.isFinite, 'Enter a number.')
  .refine(
    (value) => Math.abs(value) <= MAX_QUANTITY,
    `A quantity is at most ${MAX_QUANTITY.toLocaleString('en')}.`,
  )

/** A quantity above zero, rounded to the precision quantities are kept to (INV1). */
export const QuantitySchema = NumberSchema.transform(roundQuantity).refine(
  (value) => value > 0,
  'A quantity is more than zero (at most 3 decimals).',
)

/** A signed quantity that is not zero (an adjustment), rounded (INV1). */
export const SignedQuantitySchema = NumberSchema.transform(roundQuantity).refine(
  (value) => value !== 0,
  'An adjustment is not zero: a positive number adds, a negative one takes away.',
)

/** A restock threshold: zero or more; null removes it. */
export const RestockThresholdSchema = NumberSchema.transform(roundQuantity)
  .refine((value) => value >= 0, 'A restock threshold is zero or more.')
  .nullable()

const text = (label: string, max: number) =>
  z.string().trim().min(1, `Give a ${label}.`).max(max, `A ${label} has at most ${max} characters.`)

/** SKUs are compared upper-cased, so `flora-micro` and `FLORA-MICRO` are one item. */
export const SkuSchema = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, 'Give a SKU.')
  .max(INVENTORY_TEXT_LIMITS.sku, `A SKU has at most ${INVENTORY_TEXT_LIMITS.sku} characters.`)
  .regex(
    /^[A-Z0-9][A-Z0-9._/-]*$/,
    'A SKU uses letters, digits and . _ / - (starting with a letter or digit).',
  )

export const ReasonSchema = text('reason', INVENTORY_TEXT_LIMITS.reason)

const OptionalTextSchema = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .transform((value) => (value === '' ? undefined : value))
    .optional()

/** A day such as 2027-03-31, kept as midnight UTC. */
const DaySchema = z.iso
  .date({ error: 'Give a date such as 2027-03-31.' })
  .transform((value) => new Date(`${value}T00:00:00.000Z`))

const InstantSchema = z.union([
  z.date(),
  z.iso
    .datetime({ offset: true, error: 'Give a date and time such as 2026-05-01T08:00:00Z.' })
    .transform((value) => new Date(value)),
])

export const InventoryItemCreateInputSchema = z.object({
  /** Omitted = used across the organization. */
  propertyId: z.uuid().optional(),
  sku: SkuSchema,
  name: text('name', INVENTORY_TEXT_LIMITS.name),
  category: InventoryCategorySchema,
  unit: text('unit', INVENTORY_TEXT_LIMITS.unit),
  restockThreshold: RestockThresholdSchema.optional(),
})
export type InventoryItemCreateInput = z.infer<typeof InventoryItemCreateInputSchema>

export const InventoryItemUpdateInputSchema = z
  .object({
    itemId: z.uuid(),
    name: text('name', INVENTORY_TEXT_LIMITS.name).optional(),
    category: InventoryCategorySchema.optional(),
    /** Only while the item has no transactions: quantities already recorded keep their unit. */
    unit: text('unit', INVENTORY_TEXT_LIMITS.unit).optional(),
    restockThreshold: RestockThresholdSchema.optional(),
  })
  .refine(
    (input) => Object.keys(input).some((key) => key !== 'itemId'),
    'Change at least one field.',
  )
export type InventoryItemUpdateInput = z.infer<typeof InventoryItemUpdateInputSchema>

export const InventoryItemIdInputSchema = z.object({ itemId: z.uuid() })
export type InventoryItemIdInput = z.infer<typeof InventoryItemIdInputSchema>

export const InventoryItemArchiveInputSchema = z.object({
  itemId: z.uuid(),
  /** false restores an archived item. */
  archived: z.boolean().default(true),
})
export type InventoryItemArchiveInput = z.infer<typeof InventoryItemArchiveInputSchema>

export const InventoryItemListInputSchema = z.object({
  category: InventoryCategorySchema.optional(),
  /** Only items at or below their restock threshold. */
  lowOnly: z.boolean().default(false),
  /** Part of the name or SKU, any case. */
  search: z.string().trim().max(100).optional(),
  /** Items of this property and organization-wide ones. */
  propertyId: z.uuid().optional(),
  includeArchived: z.boolean().default(false),
})
export type InventoryItemListInput = z.infer<typeof InventoryItemListInputSchema>

export const InventoryReceiveInputSchema = z.object({
  itemId: z.uuid(),
  lotCode: text('lot code', INVENTORY_TEXT_LIMITS.lotCode),
  quantity: QuantitySchema,
  unitCostCents: z
    .int('A unit cost is a whole number of cents.')
    .min(0, 'A unit cost is zero or more.')
    .max(MAX_UNIT_COST_CENTS, 'That unit cost is too large.')
    .optional(),
  supplier: OptionalTextSchema(INVENTORY_TEXT_LIMITS.supplier),
  expiresAt: DaySchema.optional(),
  reason: ReasonSchema.default('Received'),
  idempotencyKey: IdempotencyKeySchema.optional(),
})
export type InventoryReceiveInput = z.infer<typeof InventoryReceiveInputSchema>

export const InventoryUseInputSchema = z
  .object({
    itemId: z.uuid(),
    /** Omitted: taken first-expiring-first across lots (INV3). */
    lotId: z.uuid().optional(),
    quantity: QuantitySchema,
    roomId: z.uuid().optional(),
    batchId: z.uuid().optional(),
    reason: ReasonSchema,
    idempotencyKey: IdempotencyKeySchema.optional(),
  })
  .refine((input) => !(input.roomId && input.batchId), {
    message: 'A use is against a room or a batch, not both.',
    path: ['batchId'],
  })
export type InventoryUseInput = z.infer<typeof InventoryUseInputSchema>

export const InventoryAdjustInputSchema = z.object({
  itemId: z.uuid(),
  lotId: z.uuid(),
  quantity: SignedQuantitySchema,
  reason: ReasonSchema,
  idempotencyKey: IdempotencyKeySchema.optional(),
})
export type InventoryAdjustInput = z.infer<typeof InventoryAdjustInputSchema>

export const InventoryDisposeInputSchema = z.object({
  itemId: z.uuid(),
  lotId: z.uuid(),
  quantity: QuantitySchema,
  reason: ReasonSchema,
  idempotencyKey: IdempotencyKeySchema.optional(),
})
export type InventoryDisposeInput = z.infer<typeof InventoryDisposeInputSchema>

export const InventoryTransactionListInputSchema = z
  .object({
    itemId: z.uuid().optional(),
    roomId: z.uuid().optional(),
    batchId: z.uuid().optional(),
    kind: InventoryTransactionKindSchema.optional(),
    /** performedAt range, inclusive. */
    from: InstantSchema.optional(),
    to: InstantSchema.optional(),
    /** The last transaction id of the previous page. */
    cursor: z.uuid().optional(),
    limit: z.int().min(1).max(200).default(50),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: '`from` is after `to`.',
    path: ['to'],
  })
export type InventoryTransactionListInput = z.infer<typeof InventoryTransactionListInputSchema>

export const InventoryBatchCostsInputSchema = z.object({
  propertyId: z.uuid().optional(),
  batchId: z.uuid().optional(),
})
export type InventoryBatchCostsInput = z.infer<typeof InventoryBatchCostsInputSchema>
