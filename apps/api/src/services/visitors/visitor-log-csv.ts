// The visitor log as CSV (RFC 4180, spreadsheet-safe cells from the audit export): one line per
// visit, in the order given. The HTTP export and the compliance audit packet both write it.
import { csvLine } from '@growops/domain'

/** Column order of the visitor log; the first line of every export. */
export const VISITOR_LOG_CSV_COLUMNS = [
  'visitId',
  'property',
  'visitorName',
  'company',
  'purpose',
  'host',
  'status',
  'expectedAt',
  'checkedInAt',
  'checkedOutAt',
  'minutesOnSite',
  'idCheckedAt',
  'idCheckedBy',
  'safetyAgreedAt',
  'safetyAgreementSha256',
  'zones',
  'checkedOutBy',
] as const

/** One visit as the log writes it: plain values, people and zones already looked up. */
export interface VisitorLogRow {
  visitId: string
  /** The property's code, e.g. MAIN. */
  propertyCode: string
  visitorName: string
  company: string | null
  purpose: string
  hostName: string
  status: 'EXPECTED' | 'CHECKED_IN' | 'CHECKED_OUT' | 'CANCELLED'
  expectedAt: Date | null
  checkedInAt: Date | null
  checkedOutAt: Date | null
  idCheckedAt: Date | null
  /** Null when the visitor confirmed the ID check at a kiosk (no member saw it). */
  idCheckedByName: string | null
  safetyAgreedAt: Date | null
  safetyAgreementSha: string | null
  /** Names of the zones the visit was allowed into. */
  zoneNames: readonly string[]
  /** Null when checked out at a kiosk, or not checked out. */
  checkedOutByName: string | null
}

function iso(value: Date | null): string | null {
  return value === null ? null : value.toISOString()
}

/** Whole minutes between check-in and check-out; null while on site or never checked in. */
export function minutesOnSite(row: Pick<VisitorLogRow, 'checkedInAt' | 'checkedOutAt'>) {
  if (!row.checkedInAt || !row.checkedOutAt) return null
  return Math.max(0, Math.round((row.checkedOutAt.getTime() - row.checkedInAt.getTime()) / 60_000))
}

/** The header line of the visitor log. */
export function visitorLogCsvHeader(): string {
  return csvLine(VISITOR_LOG_CSV_COLUMNS)
}

/** One visit as a CSV line (CRLF), in {@link VISITOR_LOG_CSV_COLUMNS} order. */
export function visitorLogCsvLine(row: VisitorLogRow): string {
  const minutes = minutesOnSite(row)
  return csvLine([
    row.visitId,
    row.propertyCode,
    row.visitorName,
    row.company,
    row.purpose,
    row.hostName,
    row.status,
    iso(row.expectedAt),
    iso(row.checkedInAt),
    iso(row.checkedOutAt),
    minutes === null ? null : String(minutes),
    iso(row.idCheckedAt),
    row.idCheckedByName,
    iso(row.safetyAgreedAt),
    row.safetyAgreementSha,
    row.zoneNames.join('; '),
    row.checkedOutByName,
  ])
}

/** The whole log: the header, then one line per row. */
export function visitorLogCsv(rows: readonly VisitorLogRow[]): string {
  return visitorLogCsvHeader() + rows.map(visitorLogCsvLine).join('')
}
