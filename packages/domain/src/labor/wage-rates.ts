// Wage rate resolution (LAB7) and labor cost (LAB8). Rates are hourly, in cents; a rate row is
// never edited, a change is a newer row, so any past instant resolves to the rate then.
import type { Role } from '../rbac/access.schema.ts'
import { PAY_MULTIPLIER, type PayClasses } from './overtime.ts'
import { HOUR_MS } from './worked-time.ts'

export interface WageRateRow {
  id: string
  /** A person's own rate… */
  userId: string | null
  /** …or a role's default. */
  role: Role | null
  hourlyCents: number
  /** Epoch ms from which the rate applies. */
  effectiveFrom: number
  /** Epoch ms; breaks ties between rows effective at the same moment (the later wins). */
  createdAt: number
}

export type RateSource = 'PERSON' | 'ROLE'

export interface ResolvedRate {
  rateId: string
  hourlyCents: number
  source: RateSource
}

export type RateResolver = (userId: string, role: Role | null, at: number) => ResolvedRate | null

function sortedGroups(rows: readonly WageRateRow[], keyOf: (row: WageRateRow) => string | null) {
  const groups = new Map<string, WageRateRow[]>()
  for (const row of rows) {
    const key = keyOf(row)
    if (key === null) continue
    let group = groups.get(key)
    if (!group) groups.set(key, (group = []))
    group.push(row)
  }
  for (const group of groups.values()) {
    group.sort((a, b) => a.effectiveFrom - b.effectiveFrom || a.createdAt - b.createdAt)
  }
  return groups
}

/** The last row effective at `at` (rows sorted by effectiveFrom, createdAt). */
function effectiveAt(rows: readonly WageRateRow[] | undefined, at: number): WageRateRow | null {
  if (!rows) return null
  let low = 0
  let high = rows.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((rows[middle]?.effectiveFrom ?? Infinity) <= at) low = middle + 1
    else high = middle
  }
  return rows[low - 1] ?? null
}

/**
 * A resolver for a set of rate rows (LAB7): a person's own rate effective at the instant, else
 * their role's, else null ("no rate").
 */
export function createRateResolver(rows: readonly WageRateRow[]): RateResolver {
  const byUser = sortedGroups(rows, (row) => row.userId)
  const byRole = sortedGroups(rows, (row) => (row.userId === null ? row.role : null))
  return (userId, role, at) => {
    const own = effectiveAt(byUser.get(userId), at)
    if (own) return { rateId: own.id, hourlyCents: own.hourlyCents, source: 'PERSON' }
    const fallback = role === null ? null : effectiveAt(byRole.get(role), at)
    if (fallback) return { rateId: fallback.id, hourlyCents: fallback.hourlyCents, source: 'ROLE' }
    return null
  }
}

/** Cost in (fractional) cents of classified time at an hourly rate: hours × rate × multiplier (LAB8). */
export function laborCostCents(time: PayClasses, hourlyCents: number): number {
  return (
    ((time.regularMs * PAY_MULTIPLIER.regular +
      time.overtimeMs * PAY_MULTIPLIER.overtime +
      time.doubleTimeMs * PAY_MULTIPLIER.doubleTime) *
      hourlyCents) /
    HOUR_MS
  )
}
