import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { createI18n } from '@growops/ui'
import { resources } from '../../../locales/resources.ts'
import { describeScanError } from './submit-outcome.ts'

describe('scan refusals in the person language', () => {
  it('translates the api message key, and falls back to its text without one', () => {
    const i18n = createI18n({ resources, lng: 'es', syncDocumentLang: false })
    const t = i18n.t.bind(i18n) as TFunction
    const refusal = { messageKey: 'errors.PLANT.ALREADY_HARVESTED', message: 'Already harvested.' }
    const spanish = describeScanError(t, refusal)
    expect(spanish).not.toBe('Already harvested.')
    expect(spanish).toBe(i18n.t('errors.PLANT.ALREADY_HARVESTED'))
    expect(describeScanError(t, { messageKey: null, message: 'Network down.' })).toBe(
      'Network down.',
    )
  })
})
