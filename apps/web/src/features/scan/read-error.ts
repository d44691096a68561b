// A sentence for a text that is not a label, tag or address, from the domain error it raised.
import type { TFunction } from 'i18next'
import { translateKey } from '../../app/translate-key.ts'
import { describeAddressProblem } from '../lookup/address-error.ts'
import type { ScanReadError } from './scan-target.ts'

export function describeReadError(t: TFunction, error: ScanReadError, text: string): string {
  if (error.code.startsWith('ADDRESS.')) {
    const address = typeof error.details.input === 'string' ? error.details.input : text
    return (
      describeAddressProblem(t, error.code, error.details, address)?.message ??
      translateKey(t, `errors.${error.code}`, { defaultValue: t('errors.QR.INVALID') })
    )
  }
  if (error.code === 'QR.INVALID') {
    const reason = typeof error.details.reason === 'string' ? error.details.reason : ''
    return translateKey(t, `scan.readErrors.${reason}`, { defaultValue: t('errors.QR.INVALID') })
  }
  return translateKey(t, `errors.${error.code}`, { defaultValue: t('errors.UNKNOWN') })
}
