// A completed walk's report as CSV rows (WALK5), for the export route: discrepancies first,
// then the positions that matched or were confirmed empty.
import { csvLine } from '../audit/audit-csv.ts'
import type { AuditWalkComparison } from './compare-walk.ts'

export const AUDIT_WALK_CSV_COLUMNS = [
  'finding',
  'tag',
  'expectedAddress',
  'foundAddress',
  'recordedAddress',
] as const

export type AuditWalkFinding = 'MISSING' | 'WRONG_POSITION' | 'UNEXPECTED' | 'MATCH' | 'EMPTY'

/** The CSV text of a report, header first, CRLF line ends, formula-safe cells. */
export function auditWalkCsv(report: AuditWalkComparison): string {
  const lines = [csvLine(AUDIT_WALK_CSV_COLUMNS)]
  for (const plant of report.missing) {
    lines.push(csvLine(['MISSING', plant.tag, plant.expectedAddress, null, plant.expectedAddress]))
  }
  for (const plant of report.wrongPosition) {
    lines.push(
      csvLine([
        'WRONG_POSITION',
        plant.tag,
        plant.expectedAddress,
        plant.foundAddress,
        plant.expectedAddress,
      ]),
    )
  }
  for (const plant of report.unexpected) {
    lines.push(csvLine(['UNEXPECTED', plant.tag, null, plant.foundAddress, plant.recordedAddress]))
  }
  for (const position of report.positions) {
    if (position.verdict !== 'MATCH' && position.verdict !== 'EMPTY') continue
    lines.push(
      csvLine([
        position.verdict,
        position.foundTag,
        position.address,
        position.address,
        position.verdict === 'MATCH' ? position.address : null,
      ]),
    )
  }
  return lines.join('')
}
