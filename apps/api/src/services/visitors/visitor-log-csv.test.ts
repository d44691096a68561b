import { describe, expect, it } from 'vitest'
import {
  minutesOnSite,
  VISITOR_LOG_CSV_COLUMNS,
  visitorLogCsv,
  visitorLogCsvLine,
  type VisitorLogRow,
} from './visitor-log-csv.ts'

const row: VisitorLogRow = {
  visitId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  propertyCode: 'MAIN',
  visitorName: 'Dana Inspector',
  company: 'State, "DCC"',
  purpose: '=HYPERLINK("x")',
  hostName: 'Olivia Owner',
  status: 'CHECKED_OUT',
  expectedAt: new Date('2026-05-01T09:00:00Z'),
  checkedInAt: new Date('2026-05-01T09:05:00Z'),
  checkedOutAt: new Date('2026-05-01T10:35:29Z'),
  idCheckedAt: new Date('2026-05-01T09:05:00Z'),
  idCheckedByName: null,
  safetyAgreedAt: new Date('2026-05-01T09:05:00Z'),
  safetyAgreementSha: 'ab'.repeat(32),
  zoneNames: ['Lobby', 'Grow areas'],
  checkedOutByName: 'Carmen Compliance',
}

describe('visitor log CSV', () => {
  it('writes the header and one line per visit, cells quoted and formula-safe', () => {
    const csv = visitorLogCsv([row])
    const [header, line, rest] = csv.split('\r\n')
    expect(header).toBe(VISITOR_LOG_CSV_COLUMNS.join(','))
    expect(line).toBe(
      [
        row.visitId,
        'MAIN',
        'Dana Inspector',
        '"State, ""DCC"""',
        `"'=HYPERLINK(""x"")"`,
        'Olivia Owner',
        'CHECKED_OUT',
        '2026-05-01T09:00:00.000Z',
        '2026-05-01T09:05:00.000Z',
        '2026-05-01T10:35:29.000Z',
        '90',
        '2026-05-01T09:05:00.000Z',
        '',
        '2026-05-01T09:05:00.000Z',
        'ab'.repeat(32),
        'Lobby; Grow areas',
        'Carmen Compliance',
      ].join(','),
    )
    expect(rest).toBe('')
  })

  it('leaves times and minutes empty for a visit that never arrived', () => {
    const expected = {
      ...row,
      company: null,
      purpose: 'Inspection',
      status: 'EXPECTED' as const,
      checkedInAt: null,
      checkedOutAt: null,
      idCheckedAt: null,
      safetyAgreedAt: null,
      safetyAgreementSha: null,
      checkedOutByName: null,
    }
    expect(minutesOnSite(expected)).toBeNull()
    expect(visitorLogCsvLine(expected).split(',').slice(6, 11)).toEqual([
      'EXPECTED',
      '2026-05-01T09:00:00.000Z',
      '',
      '',
      '',
    ])
  })
})
