// The audit trail as CSV (RFC 4180) that is safe to open in a spreadsheet: every cell is
// quoted when it must be, and text a spreadsheet would run as a formula is neutralised.
import { canonicalJson } from './audit-chain.ts'

/** Column order of the audit CSV; the first line of every export ([AUD4]). */
export const AUDIT_CSV_COLUMNS = [
  'seq',
  'createdAt',
  'actorId',
  'actorName',
  'actorEmail',
  'action',
  'entityType',
  'entityId',
  'before',
  'after',
  'prevHash',
  'hash',
] as const

/** One audit entry as the export writes it: plain values, actor already looked up. */
export interface AuditCsvEntry {
  seq: string
  createdAt: string
  actor: { id: string; name: string; email: string } | null
  /** Kept when the actor's user row is gone, so the export still says who it was. */
  actorId: string | null
  action: string
  entityType: string
  entityId: string
  before: unknown
  after: unknown
  prevHash: string | null
  hash: string
}

// Characters a spreadsheet treats as the start of a formula (tab and CR included, as OWASP
// recommends: some spreadsheets strip them and then evaluate the rest).
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/**
 * One CSV cell ([AUD4], [AUD5]): null is empty; a value starting with `= + - @`, tab or CR
 * gets a leading apostrophe so no spreadsheet evaluates it; a value holding a quote, comma
 * or line break is quoted with inner quotes doubled.
 */
export function csvCell(value: string | null): string {
  if (value === null || value === '') return ''
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** One CSV record with its CRLF line end. */
export function csvLine(cells: readonly (string | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`
}

/** The header line of the audit CSV. */
export function auditCsvHeader(): string {
  return csvLine(AUDIT_CSV_COLUMNS)
}

function jsonCell(value: unknown): string | null {
  return value === null || value === undefined ? null : canonicalJson(value)
}

/** One audit entry as a CSV line, in {@link AUDIT_CSV_COLUMNS} order. */
export function auditCsvLine(entry: AuditCsvEntry): string {
  return csvLine([
    entry.seq,
    entry.createdAt,
    entry.actor?.id ?? entry.actorId,
    entry.actor?.name ?? null,
    entry.actor?.email ?? null,
    entry.action,
    entry.entityType,
    entry.entityId,
    jsonCell(entry.before),
    jsonCell(entry.after),
    entry.prevHash,
    entry.hash,
  ])
}

function fileNamePart(value: string): string {
  return value.replaceAll(/[^A-Za-z0-9-]/g, '')
}

/**
 * The export's file name ([AUD6]): organization slug and the range as asked, with only
 * letters, digits and dashes, e.g. `audit-acme-2026-03-01-to-2026-03-31.csv`.
 */
export function auditCsvFileName(slug: string, range: { from?: string; to?: string }): string {
  const from = range.from === undefined ? null : fileNamePart(range.from)
  const to = range.to === undefined ? null : fileNamePart(range.to)
  const span = from && to ? `${from}-to-${to}` : from ? `from-${from}` : to ? `until-${to}` : 'all'
  return `audit-${fileNamePart(slug) || 'organization'}-${span}.csv`
}
