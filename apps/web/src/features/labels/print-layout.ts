// Pure print layout for label sheets: which label goes on which page and where, the type sizes
// that fit a label, and the @page rule. Lengths come from the domain's label stock (LBL1-3).
import {
  cssLength,
  pageCount,
  placeLabels,
  toMillimetres,
  type LabelPlacement,
  type LabelSheet,
} from '@growops/domain'

/** One label to print: the QR payload and the text a person reads. */
export interface LabelItem {
  key: string
  payload: string
  /** The address or tag, printed large. */
  code: string
  /** Room, section or batch name above the code. */
  title: string
  /** A smaller line under the code (a plant's address, a strain). */
  detail: string | null
}

export interface PlacedLabel {
  item: LabelItem
  placement: LabelPlacement
  /** CSS box on its page, in the stock's unit. */
  box: { left: string; top: string; width: string; height: string }
}

export interface PrintPage {
  index: number
  labels: PlacedLabel[]
}

/** Labels spread over pages in print order (LBL2), each with its CSS box. */
export function buildPrintPages(
  items: readonly LabelItem[],
  sheet: LabelSheet,
  skip = 0,
): PrintPage[] {
  const placements = placeLabels(sheet, items.length, skip)
  const pages: PrintPage[] = Array.from(
    { length: pageCount(sheet, items.length, skip) },
    (_, index) => ({
      index,
      labels: [],
    }),
  )
  placements.forEach((placement, index) => {
    const item = items[index]
    const page = pages[placement.page]
    if (!item || !page) return
    page.labels.push({
      item,
      placement,
      box: {
        left: cssLength(sheet, placement.x),
        top: cssLength(sheet, placement.y),
        width: cssLength(sheet, sheet.label.width),
        height: cssLength(sheet, sheet.label.height),
      },
    })
  })
  return pages
}

export interface LabelTypography {
  /** Inner padding of a label. */
  paddingMm: number
  /** Side of the square QR code. */
  qrMm: number
  /** Width left for the text beside the QR code. */
  textMm: number
  codePt: number
  titlePt: number
  detailPt: number
}

const PT_PER_MM = 72 / 25.4
// Smallest type that stays legible on a thermal or laser label.
const MIN_CODE_PT = 6

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step
}

/**
 * Sizes for one label of the stock: the QR square fills the height less padding; the code's
 * type is as large as the height allows (three lines of text share it) but never below 6 pt.
 */
export function labelTypography(sheet: LabelSheet): LabelTypography {
  const width = toMillimetres(sheet, sheet.label.width)
  const height = toMillimetres(sheet, sheet.label.height)
  const paddingMm = roundTo(Math.min(3, Math.max(1, height * 0.06)), 0.1)
  const qrMm = roundTo(Math.min(height - 2 * paddingMm, width * 0.45), 0.1)
  const textMm = roundTo(width - qrMm - 3 * paddingMm, 0.1)
  const inner = (height - 2 * paddingMm) * PT_PER_MM
  const codePt = Math.max(MIN_CODE_PT, roundTo(Math.min(inner / 4.2, 16), 0.5))
  return {
    paddingMm,
    qrMm,
    textMm,
    codePt,
    titlePt: Math.max(5, roundTo(codePt * 0.75, 0.5)),
    detailPt: Math.max(5, roundTo(codePt * 0.7, 0.5)),
  }
}

/** The print rule for the stock: exact page size, no browser margins. */
export function pageRule(sheet: LabelSheet): string {
  return `@page { size: ${cssLength(sheet, sheet.page.width)} ${cssLength(sheet, sheet.page.height)}; margin: 0; }`
}

/**
 * An address split after each dot so that a long one wraps at segment boundaries
 * (`MAIN.GROW1.` `VEG-A.` …) rather than inside a code.
 */
export function addressChunks(address: string): string[] {
  return address.split(/(?<=\.)/)
}
