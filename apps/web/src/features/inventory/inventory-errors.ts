// The api's refusals in the person's language. INVENTORY.* messages need their details (what
// is on hand, in which unit), which the shared translateApiError does not pass along.
import type { i18n as I18n } from 'i18next'
import { readApiError, translateApiError } from '../../app/api-errors.ts'
import { formatQuantity } from './format.ts'

export function describeInventoryError(i18n: I18n, error: unknown): string {
  const info = readApiError(error)
  if (!info.messageKey?.startsWith('errors.INVENTORY.')) return translateApiError(i18n, error)
  const quantity = (value: unknown) =>
    typeof value === 'number' ? formatQuantity(i18n.language, value) : ''
  return i18n.t(info.messageKey, {
    ...info.details,
    onHand: quantity(info.details.onHand),
    requested: quantity(info.details.requested),
    defaultValue: i18n.t('errors.UNKNOWN'),
  })
}
