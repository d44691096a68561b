/**
 * A Date as the text of a `timestamp(3)` (without time zone) holding UTC, the way Prisma
 * stores DateTime: raw SQL casts it with `::timestamp`, so the session's time zone never
 * shifts it.
 */
export function utcTimestampText(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '')
}
