import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AUDIT_CSV_COLUMNS,
  auditCsvFileName,
  auditCsvHeader,
  auditCsvLine,
  csvCell,
  csvLine,
} from './audit-csv.ts'

/** A strict RFC 4180 reader for the tests: records of cells, CRLF line ends. */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      record.push(cell)
      cell = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(cell)
      records.push(record)
      record = []
      cell = ''
      i++
    } else cell += char
  }
  if (cell !== '' || record.length > 0) throw new Error('CSV does not end with CRLF')
  return records
}

describe('csvCell', () => {
  it.each([
    ['[AUD4] plain text stays as it is', 'Plant', 'Plant'],
    ['[AUD4] null and empty are empty', null, ''],
    ['[AUD4] a comma is quoted', 'a,b', '"a,b"'],
    ['[AUD4] quotes are doubled inside quotes', 'say "hi"', '"say ""hi"""'],
    ['[AUD4] a line break is quoted', 'line1\nline2', '"line1\nline2"'],
    ['[AUD4] a CRLF is quoted', 'a\r\nb', '"a\r\nb"'],
    ['[AUD5] = gets an apostrophe', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['[AUD5] + gets an apostrophe', '+1', "'+1"],
    ['[AUD5] - gets an apostrophe', '-2+3', "'-2+3"],
    ['[AUD5] @ gets an apostrophe', '@SUM(A1)', "'@SUM(A1)"],
    ['[AUD5] a leading tab gets an apostrophe', '\t=1', "'\t=1"],
    ['[AUD5] = later in the text is left alone', 'a=b', 'a=b'],
  ])('%s', (_name, input, expected) => {
    expect(csvCell(input)).toBe(expected)
  })

  it('[AUD4] [AUD5] any cells read back as written (formula starters with an apostrophe)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 8 }),
        (cells) => {
          const [record] = parseCsv(csvLine(cells))
          const expected = cells.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))
          expect(record).toEqual(expected)
        },
      ),
    )
  })
})

describe('auditCsvLine', () => {
  it('[AUD4] writes the header and one record per entry in column order', () => {
    const text =
      auditCsvHeader() +
      auditCsvLine({
        seq: '42',
        createdAt: '2026-03-01T08:00:00.000Z',
        actor: { id: 'u1', name: 'Ana, "the grower"', email: 'ana@farm.test' },
        actorId: 'u1',
        action: 'plant.move',
        entityType: 'Plant',
        entityId: '=cmd|calc',
        before: { b: 1, a: 'x,y' },
        after: null,
        prevHash: null,
        hash: 'abc',
      })
    const [header, row] = parseCsv(text)
    expect(header).toEqual([...AUDIT_CSV_COLUMNS])
    expect(row).toEqual([
      '42',
      '2026-03-01T08:00:00.000Z',
      'u1',
      'Ana, "the grower"',
      'ana@farm.test',
      'plant.move',
      'Plant',
      "'=cmd|calc",
      '{"a":"x,y","b":1}',
      '',
      '',
      'abc',
    ])
  })

  it('[AUD4] keeps the actor id when the user is gone', () => {
    const [row] = parseCsv(
      auditCsvLine({
        seq: '1',
        createdAt: '2026-03-01T08:00:00.000Z',
        actor: null,
        actorId: 'gone',
        action: 'a',
        entityType: 'T',
        entityId: 'e',
        before: null,
        after: null,
        prevHash: null,
        hash: 'h',
      }),
    )
    expect(row?.slice(2, 5)).toEqual(['gone', '', ''])
  })
})

describe('auditCsvFileName', () => {
  it.each([
    [
      '[AUD6] both ends',
      { from: '2026-03-01', to: '2026-03-31' },
      'audit-acme-2026-03-01-to-2026-03-31.csv',
    ],
    ['[AUD6] only from', { from: '2026-03-01' }, 'audit-acme-from-2026-03-01.csv'],
    ['[AUD6] only to', { to: '2026-03-31' }, 'audit-acme-until-2026-03-31.csv'],
    ['[AUD6] no range', {}, 'audit-acme-all.csv'],
    [
      '[AUD6] date-times lose characters a file name should not hold',
      { from: '2026-03-01T08:00:00+02:00' },
      'audit-acme-from-2026-03-01T0800000200.csv',
    ],
  ])('%s', (_name, range, expected) => {
    expect(auditCsvFileName('acme', range)).toBe(expected)
  })

  it('[AUD6] never lets a slug put quotes or paths in the header', () => {
    expect(auditCsvFileName('a"b/../c', {})).toBe('audit-abc-all.csv')
  })
})
