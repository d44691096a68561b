import { LABEL_SHEET_IDS, LABEL_SHEETS, toMillimetres } from '@growops/domain'
import { describe, expect, it } from 'vitest'
import {
  addressChunks,
  buildPrintPages,
  labelTypography,
  pageRule,
  type LabelItem,
} from './print-layout.ts'

function items(count: number): LabelItem[] {
  return Array.from({ length: count }, (_, index) => ({
    key: `a:${index}`,
    payload: `/q/1/a/${index}`,
    code: `MAIN.GROW1.VEG-A.LEFT.R1.C${index + 1}.P1`,
    title: 'Veg A · Left',
    detail: null,
  }))
}

describe('print layout', () => {
  it('[LBL2] 75 labels on Avery 5160 fill 3 pages, boxes in inches', () => {
    const pages = buildPrintPages(items(75), LABEL_SHEETS['avery-5160'])
    expect(pages.map((page) => page.labels.length)).toEqual([30, 30, 15])
    expect(pages[0]?.labels[1]?.box).toEqual({
      left: '2.9375in',
      top: '0.5in',
      width: '2.625in',
      height: '1in',
    })
    expect(pages[2]?.labels[0]?.item.key).toBe('a:60')
  })

  it('[LBL2] skipped places move the first label and may add a page', () => {
    const pages = buildPrintPages(items(10), LABEL_SHEETS['avery-5163'], 4)
    expect(pages.map((page) => page.labels.length)).toEqual([6, 4])
    expect(pages[0]?.labels[0]?.box.top).toBe('4.5in')
  })

  it('[LBL3] @page is the stock’s exact size with no margin', () => {
    expect(pageRule(LABEL_SHEETS['avery-l7163'])).toBe('@page { size: 210mm 297mm; margin: 0; }')
    expect(pageRule(LABEL_SHEETS['roll-2x1in'])).toBe('@page { size: 2in 1in; margin: 0; }')
  })

  it.each(LABEL_SHEET_IDS)('%s: QR and text fit inside the label, type is legible', (id) => {
    const sheet = LABEL_SHEETS[id]
    const type = labelTypography(sheet)
    const width = toMillimetres(sheet, sheet.label.width)
    const height = toMillimetres(sheet, sheet.label.height)
    expect(type.qrMm + 2 * type.paddingMm).toBeLessThanOrEqual(height + 1e-9)
    expect(type.qrMm + type.textMm + 3 * type.paddingMm).toBeLessThanOrEqual(width + 0.05)
    expect(type.qrMm).toBeGreaterThanOrEqual(18) // ≥ 18 mm: phone cameras read it at arm's length
    expect(type.codePt).toBeGreaterThanOrEqual(6)
    expect(type.titlePt).toBeLessThanOrEqual(type.codePt)
  })

  it('bigger labels get bigger QR codes and type', () => {
    const small = labelTypography(LABEL_SHEETS['avery-5160'])
    const large = labelTypography(LABEL_SHEETS['avery-5163'])
    expect(large.qrMm).toBeGreaterThan(small.qrMm)
    expect(large.codePt).toBeGreaterThan(small.codePt)
  })

  it('addresses wrap after dots only', () => {
    expect(addressChunks('MAIN.GROW1.VEG-A')).toEqual(['MAIN.', 'GROW1.', 'VEG-A'])
    expect(addressChunks('1A4010300000001000000042')).toEqual(['1A4010300000001000000042'])
  })
})
