import type { TFunction } from 'i18next'
import type { InvalidFields } from '../../live/components/field-error.tsx'

/** The form fields that have a translated message of their own. */
export type InventoryField =
  | 'form'
  | 'name'
  | 'sku'
  | 'category'
  | 'unit'
  | 'restockThreshold'
  | 'lotCode'
  | 'quantity'
  | 'signedQuantity'
  | 'unitCostCents'
  | 'supplier'
  | 'expiresAt'
  | 'reason'
  | 'lotId'
  | 'batchId'
  | 'roomId'
  | 'itemId'

/** The message under a refused field, or null. */
export function fieldErrorText(
  t: TFunction,
  invalid: InvalidFields,
  field: InventoryField,
  message: InventoryField = field,
): string | null {
  return invalid.has(field) ? t(`inventory.form.errors.${message}`) : null
}
