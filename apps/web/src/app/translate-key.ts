import type { TFunction } from 'i18next'

/**
 * `t` for a key built at run time from api data (a stage, a segment role). Keys are
 * otherwise type-checked; here a missing one falls back to `defaultValue` or the key.
 */
export function translateKey(t: TFunction, key: string, options?: Record<string, unknown>): string {
  return (t as unknown as (key: string, options?: Record<string, unknown>) => string)(key, options)
}
