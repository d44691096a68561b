import { describe, expect, it } from 'vitest'
import { createI18n } from '@growops/ui'
import { LAZY_AREAS, loadAreaTranslations, registerAreaTranslations } from './area-translations.ts'
import { coreLocaleFiles } from './core-resources.ts'
import { localeFiles } from './resources.ts'

describe('area translations', () => {
  it('core and page-loaded areas together are every area, each in one place', () => {
    const core = Object.keys(coreLocaleFiles.en)
    expect(core.filter((area) => (LAZY_AREAS as string[]).includes(area))).toEqual([])
    expect([...core, ...LAZY_AREAS].sort()).toEqual(Object.keys(localeFiles.en).sort())
  })

  it('adds an area in both languages when its page loads', async () => {
    const i18n = createI18n({
      resources: {
        en: { translation: coreLocaleFiles.en },
        es: { translation: coreLocaleFiles.es },
      },
      lng: 'es',
      syncDocumentLang: false,
    })
    registerAreaTranslations(i18n)
    expect(i18n.exists('tasks.heading')).toBe(false)
    await loadAreaTranslations(['tasks', 'labor'])
    expect(i18n.t('tasks.heading')).toBe(localeFiles.es.tasks.heading)
    await i18n.changeLanguage('en')
    expect(i18n.t('tasks.heading')).toBe(localeFiles.en.tasks.heading)
    expect(i18n.t('common.shell.nav.dashboard')).toBe(localeFiles.en.common.shell.nav.dashboard)
  })
})
