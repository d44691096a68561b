// The labor report as CSV (LAB15): one line per group, then the totals, with the audit
// export's formula-safe cells. Money is in dollars with cents, hours with two decimals.
import { csvLine } from '../audit/audit-csv.ts'
import type { LaborGroupBy, LaborReport, LaborReportRow } from './labor-report.ts'

export const LABOR_CSV_COLUMNS = [
  'group_by',
  'key',
  'name',
  'hours',
  'regular_hours',
  'overtime_hours',
  'double_time_hours',
  'overtime',
  'cost_usd',
  'no_rate_hours',
  'people',
  'dry_grams',
  'cost_per_gram_usd',
] as const

const fixed = (value: number, digits: number) => value.toFixed(digits)

function line(groupBy: string, row: LaborReportRow, name: string | null): string {
  return csvLine([
    groupBy,
    row.key,
    name,
    fixed(row.hours, 2),
    fixed(row.regularHours, 2),
    fixed(row.overtimeHours, 2),
    fixed(row.doubleTimeHours, 2),
    row.overtime ? 'yes' : 'no',
    fixed(row.costCents / 100, 2),
    fixed(row.noRateHours, 2),
    String(row.people),
    row.dryGrams === null ? null : fixed(row.dryGrams, 3),
    row.costPerGramCents === null ? null : fixed(row.costPerGramCents / 100, 4),
  ])
}

/** The report's CSV; `nameOf` gives each key its person, room, batch or period name. */
export function laborReportCsv(
  report: LaborReport,
  groupBy: LaborGroupBy,
  nameOf: (key: string | null) => string | null,
): string {
  const lines = [csvLine(LABOR_CSV_COLUMNS)]
  for (const row of report.rows) lines.push(line(groupBy, row, nameOf(row.key)))
  lines.push(line('total', report.totals, null))
  return lines.join('')
}

/** `labor-<groupBy>-<from>-to-<to>.csv` */
export function laborCsvFileName(groupBy: LaborGroupBy, from: string, to: string): string {
  return `labor-${groupBy}-${from}-to-${to}.csv`
}
