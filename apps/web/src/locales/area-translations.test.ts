import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createI18n } from '@growops/ui'
import { coreLocaleFiles } from './core-resources.ts'
import { localeFiles } from './resources.ts'
import type * as AreaTranslationsModule from './area-translations.ts'

type AreaTranslations = typeof AreaTranslationsModule

// A fresh module per test (it keeps the app's instance), and fresh resources per instance
// (i18next adds bundles into the objects it was given).
let areas: AreaTranslations
beforeEach(async () => {
  vi.resetModules()
  areas = await import('./area-translations.ts')
})

function coreI18n(lng: 'en' | 'es') {
  return createI18n({
    resources: structuredClone({
      en: { translation: coreLocaleFiles.en },
      es: { translation: coreLocaleFiles.es },
    }),
    lng,
    syncDocumentLang: false,
  })
}

describe('area translations', () => {
  it('core and page-loaded areas together are every area, each in one place', () => {
    const core = Object.keys(coreLocaleFiles.en)
    expect(core.filter((area) => (areas.LAZY_AREAS as string[]).includes(area))).toEqual([])
    expect([...core, ...areas.LAZY_AREAS].sort()).toEqual(Object.keys(localeFiles.en).sort())
  })

  it('adds an area in both languages when its page loads', async () => {
    const i18n = coreI18n('es')
    areas.registerAreaTranslations(i18n)
    expect(i18n.exists('tasks.heading')).toBe(false)
    await areas.loadAreaTranslations(['tasks', 'labor'])
    expect(i18n.t('tasks.heading')).toBe(localeFiles.es.tasks.heading)
    await i18n.changeLanguage('en')
    expect(i18n.t('tasks.heading')).toBe(localeFiles.en.tasks.heading)
    expect(i18n.t('common.shell.nav.dashboard')).toBe(localeFiles.en.common.shell.nav.dashboard)
  })

  it('waits for the instance when a page loads before the app has created it', async () => {
    // The router starts the first page's load when it is created, before React renders.
    const loading = areas.loadAreaTranslations(['visitors'])
    const i18n = coreI18n('en')
    areas.registerAreaTranslations(i18n)
    await loading
    expect(i18n.t('visitors.heading')).toBe(localeFiles.en.visitors.heading)
  })
})
