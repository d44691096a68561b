import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  cssLength,
  isLabelSheetId,
  LABEL_SHEET_IDS,
  LABEL_SHEETS,
  labelsPerPage,
  pageCount,
  placeLabels,
  sheetSlack,
  toMillimetres,
} from './label-sheets.ts'

const sheets = LABEL_SHEET_IDS.map((id) => LABEL_SHEETS[id])

describe('label sheets', () => {
  it.each([
    ['avery-5160', 30, 8.5, 11, 2.625, 1],
    ['avery-5163', 10, 8.5, 11, 4, 2],
    ['avery-l7163', 14, 210, 297, 99.1, 38.1],
    ['roll-2x1in', 1, 2, 1, 2, 1],
    ['roll-62x29mm', 1, 62, 29, 62, 29],
  ] as const)(
    '[LBL1] %s: %i labels per page, page and label size',
    (id, perPage, pw, ph, lw, lh) => {
      const sheet = LABEL_SHEETS[id]
      expect(sheet.id).toBe(id)
      expect(labelsPerPage(sheet)).toBe(perPage)
      expect(sheet.page).toEqual({ width: pw, height: ph })
      expect(sheet.label).toEqual({ width: lw, height: lh })
    },
  )

  it.each(sheets.map((s) => [s.id, s] as const))(
    '[LBL1] %s: labels fit on the page, do not overlap, and margins are symmetric',
    (_, sheet) => {
      expect(sheet.pitch.x).toBeGreaterThanOrEqual(sheet.label.width)
      expect(sheet.pitch.y).toBeGreaterThanOrEqual(sheet.label.height)
      const slack = sheetSlack(sheet)
      expect(slack.right).toBeCloseTo(sheet.margin.left, 3)
      expect(slack.bottom).toBeCloseTo(sheet.margin.top, 3)
    },
  )

  it('[LBL1] Avery 5160 first row sits ½" down at 3/16", 3 1/16", 5 15/16"', () => {
    const row = placeLabels(LABEL_SHEETS['avery-5160'], 4)
    expect(row.map((p) => [p.x, p.y])).toEqual([
      [0.1875, 0.5],
      [2.9375, 0.5],
      [5.6875, 0.5],
      [0.1875, 1.5],
    ])
  })

  it('[LBL1] L7163 positions are exact (no float noise in CSS)', () => {
    const all = placeLabels(LABEL_SHEETS['avery-l7163'], 14)
    expect(all[13]).toMatchObject({ row: 6, column: 1, x: 106.25, y: 243.75 })
  })

  it('[LBL2] page count and placement for any count and skip', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sheets),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: -5, max: 40 }),
        (sheet, count, skip) => {
          const placements = placeLabels(sheet, count, skip)
          const pages = pageCount(sheet, count, skip)
          expect(placements).toHaveLength(count)
          if (count === 0) expect(pages).toBe(0)
          else expect(Math.max(...placements.map((p) => p.page))).toBe(pages - 1)
          const seen = new Set(placements.map((p) => `${p.page}:${p.row}:${p.column}`))
          expect(seen.size).toBe(count)
          for (const p of placements) {
            expect(p.row).toBeLessThan(sheet.rows)
            expect(p.column).toBeLessThan(sheet.columns)
            expect(p.x + sheet.label.width).toBeLessThanOrEqual(sheet.page.width)
            expect(p.y + sheet.label.height).toBeLessThanOrEqual(sheet.page.height)
          }
        },
      ),
    )
  })

  it('[LBL2] skipping used places starts later on page 1 and may add a page', () => {
    const sheet = LABEL_SHEETS['avery-5163']
    expect(pageCount(sheet, 10)).toBe(1)
    expect(pageCount(sheet, 10, 3)).toBe(2)
    expect(placeLabels(sheet, 1, 3)[0]).toMatchObject({ page: 0, row: 1, column: 1 })
    // A whole page skipped would print nothing on it: clamped to one less than a page.
    expect(placeLabels(sheet, 1, 99)[0]).toMatchObject({ page: 0, row: 4, column: 1 })
    expect(pageCount(LABEL_SHEETS['roll-2x1in'], 250)).toBe(250)
  })

  it('[LBL3] CSS lengths and millimetres', () => {
    expect(cssLength(LABEL_SHEETS['avery-5160'], 2.625)).toBe('2.625in')
    expect(cssLength(LABEL_SHEETS['avery-l7163'], 4.65 + 101.6)).toBe('106.25mm')
    expect(toMillimetres(LABEL_SHEETS['avery-5163'], 4)).toBe(101.6)
    expect(isLabelSheetId('avery-5160')).toBe(true)
    expect(isLabelSheetId('avery-9999')).toBe(false)
  })
})
