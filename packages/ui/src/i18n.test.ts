import { describe, expect, it } from 'vitest'
import { createI18n, matchLocale, resolveLocale } from './i18n.ts'

describe('resolveLocale', () => {
  it.each([
    [{ stored: 'es', userLocale: 'en', browserLanguages: ['en-US'] }, 'es'],
    [{ stored: null, userLocale: 'es', browserLanguages: ['en-US'] }, 'es'],
    [{ stored: 'fr', userLocale: null, browserLanguages: ['de-DE', 'es-MX'] }, 'es'],
    [{ stored: undefined, userLocale: undefined, browserLanguages: ['fr-FR'] }, 'en'],
    [{}, 'en'],
  ] as const)('picks stored, then user, then browser, then English (%o)', (sources, expected) => {
    expect(resolveLocale(sources)).toBe(expected)
  })
})

describe('matchLocale', () => {
  it.each([
    ['es-419', 'es'],
    ['EN_gb', 'en'],
    ['pt-BR', null],
    ['', null],
    [null, null],
  ] as const)('maps %s to %s', (tag, expected) => {
    expect(matchLocale(tag)).toBe(expected)
  })
})

describe('createI18n', () => {
  it('is ready synchronously and falls back to English for missing keys', () => {
    const i18n = createI18n({
      resources: {
        en: { translation: { greeting: 'Hello', onlyEn: 'Only English' } },
        es: { translation: { greeting: 'Hola' } },
      },
      lng: 'es',
      syncDocumentLang: false,
    })
    expect(i18n.isInitialized).toBe(true)
    expect(i18n.t('greeting')).toBe('Hola')
    expect(i18n.t('onlyEn')).toBe('Only English')
  })
})
