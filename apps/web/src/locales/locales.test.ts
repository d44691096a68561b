// Translation completeness: English and Spanish have the same keys (each direction is
// reported with its file and key), plural forms each language needs, the same
// {{variables}}, and a message for every error key the api can send.
import { DOMAIN_ERROR_CODES, SUPPORTED_LOCALES } from '@growops/domain'
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc'
import { describe, expect, it } from 'vitest'
import { localeFiles } from './resources.ts'

type Area = keyof (typeof localeFiles)['en']
const AREAS = Object.keys(localeFiles.en) as Area[]
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

/** `{ a: { b: 'x' } }` → `[['a.b', 'x']]`; non-string leaves are returned as they are. */
function flatten(value: unknown, prefix: string): [string, unknown][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [[prefix, value]]
  return Object.entries(value).flatMap(([key, child]) => flatten(child, `${prefix}.${key}`))
}

function entriesOf(locale: (typeof SUPPORTED_LOCALES)[number], area: Area): Map<string, unknown> {
  return new Map(flatten(localeFiles[locale][area], area))
}

function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '')
}

function variablesOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort()
}

function hasKey(locale: (typeof SUPPORTED_LOCALES)[number], key: string): boolean {
  const area = key.split('.')[0] as Area
  if (!AREAS.includes(area)) return false
  const value = entriesOf(locale, area).get(key)
  return typeof value === 'string' && value.trim() !== ''
}

describe('locale files', () => {
  it('ship one file per area for every supported locale', () => {
    for (const locale of SUPPORTED_LOCALES) {
      expect(Object.keys(localeFiles[locale]).sort(), locale).toEqual([...AREAS].sort())
    }
  })

  for (const [from, to] of [
    ['en', 'es'],
    ['es', 'en'],
  ] as const) {
    it(`every ${from} key has a ${to} translation`, () => {
      const missing: string[] = []
      for (const area of AREAS) {
        const target = new Set([...entriesOf(to, area).keys()].map(baseKey))
        for (const key of entriesOf(from, area).keys()) {
          if (!target.has(baseKey(key))) missing.push(`${to}/${area}.json is missing "${key}"`)
        }
      }
      expect(missing, missing.join('\n')).toEqual([])
    })
  }

  it('every value is a non-empty string', () => {
    const problems: string[] = []
    for (const locale of SUPPORTED_LOCALES) {
      for (const area of AREAS) {
        for (const [key, value] of entriesOf(locale, area)) {
          if (typeof value !== 'string' || value.trim() === '')
            problems.push(`${locale}/${area}.json "${key}"`)
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([])
  })

  it('plural keys have every form the language needs', () => {
    const problems: string[] = []
    for (const locale of SUPPORTED_LOCALES) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
      for (const area of AREAS) {
        const keys = [...entriesOf(locale, area).keys()]
        const pluralBases = new Set(keys.filter((key) => PLURAL_SUFFIX.test(key)).map(baseKey))
        for (const base of pluralBases) {
          for (const category of categories) {
            if (!keys.includes(`${base}_${category}`)) {
              problems.push(`${locale}/${area}.json is missing "${base}_${category}"`)
            }
          }
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([])
  })

  it('translations use the same {{variables}} in both languages', () => {
    const problems: string[] = []
    for (const area of AREAS) {
      const spanish = entriesOf('es', area)
      for (const [key, english] of entriesOf('en', area)) {
        const counterpart = spanish.get(key) ?? spanish.get(`${baseKey(key)}_other`)
        if (typeof english !== 'string' || typeof counterpart !== 'string') continue
        const expected = variablesOf(english).join(',')
        const actual = variablesOf(counterpart).join(',')
        if (expected !== actual)
          problems.push(`${area}.json "${key}": en {${expected}} vs es {${actual}}`)
      }
    }
    expect(problems, problems.join('\n')).toEqual([])
  })
})

describe('api error keys', () => {
  // Everything the api's error formatter can put in `error.data.messageKey`.
  const apiMessageKeys = [
    ...DOMAIN_ERROR_CODES.map((code) => `errors.${code}`),
    'errors.INTERNAL',
    'errors.VALIDATION.FAILED',
    ...Object.keys(TRPC_ERROR_CODES_BY_KEY).map((code) => `errors.http.${code}`),
  ]

  it.each(SUPPORTED_LOCALES)('all have a %s message', (locale) => {
    const missing = apiMessageKeys.filter((key) => !hasKey(locale, key))
    expect(missing.map((key) => `${locale}/errors.json is missing "${key}"`).join('\n')).toBe('')
  })

  it.each(SUPPORTED_LOCALES)('the generic fallbacks exist in %s', (locale) => {
    for (const key of [
      'errors.UNKNOWN',
      'errors.NETWORK',
      'errors.AUTH.TOO_MANY_ATTEMPTS_WAIT_other',
    ]) {
      expect(hasKey(locale, key), `${locale}: ${key}`).toBe(true)
    }
  })
})
