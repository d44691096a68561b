// Numbers as people type and read them in each language: quantities with their unit, money
// in dollars (stored as cents), and decimal input that takes a comma or a point.
import { roundQuantity } from '@growops/domain'

/** A quantity in the language's number format, at most 3 decimals. */
export function formatQuantity(locale: string, quantity: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(roundQuantity(quantity))
}

/** A signed change, e.g. "+10" or "−2.5" (a true minus sign). */
export function formatSignedQuantity(locale: string, quantity: number): string {
  const text = formatQuantity(locale, Math.abs(quantity))
  return quantity > 0 ? `+${text}` : quantity < 0 ? `−${text}` : text
}

/** Cents as dollars, e.g. "$12.50" (US$12,50 in Spanish). */
export function formatCents(locale: string, cents: number): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(cents / 100)
}

/**
 * A typed decimal: "2,5", "2.5", " -0.75 " → number; empty → undefined; anything else → NaN
 * (the shared schema then refuses it with its own message).
 */
export function parseDecimalInput(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s+/g, '').replace('−', '-')
  if (trimmed === '') return undefined
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return Number.NaN
  return Number(trimmed.replace(',', '.'))
}

/** Dollars typed as "12.50" or "12,5" → whole cents; empty → undefined; invalid → NaN. */
export function parseMoneyInput(text: string): number | undefined {
  const value = parseDecimalInput(text)
  if (value === undefined || Number.isNaN(value)) return value
  return Math.round(value * 100)
}

/** An ISO instant as a short date in the language. */
export function formatDate(locale: string, iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso))
}

/** A day kept as midnight UTC (expiry), shown as that day wherever the reader is. */
export function formatDay(locale: string, iso: string): string {
  return formatDate(locale, iso, 'UTC')
}

export function formatDateTime(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  )
}
