// Label stock: page size, margins and pitch of common label sheets and single-label rolls, and
// where the n-th label of a print run lands. Lengths are in the stock's own unit (inches for US
// sheets, millimetres for A4 and metric rolls) so that print CSS reproduces them exactly.

/** Millimetres in an inch. */
export const MM_PER_INCH = 25.4

export type LengthUnit = 'in' | 'mm'

export interface LabelSheet {
  id: LabelSheetId
  /** Name as sold, e.g. "Avery 5160". */
  name: string
  unit: LengthUnit
  page: { width: number; height: number }
  label: { width: number; height: number }
  columns: number
  rows: number
  /** Top-left corner of the first label, from the page's top-left corner. */
  margin: { top: number; left: number }
  /** Distance between the top-left corners of neighbouring labels. */
  pitch: { x: number; y: number }
  /** A roll for a label printer: one label per page, the page is the label. */
  roll: boolean
}

export const LABEL_SHEET_IDS = [
  'avery-5160',
  'avery-5163',
  'avery-l7163',
  'roll-2x1in',
  'roll-62x29mm',
] as const
export type LabelSheetId = (typeof LABEL_SHEET_IDS)[number]

function roll(id: LabelSheetId, name: string, unit: LengthUnit, width: number, height: number) {
  const size = { width, height }
  return {
    id,
    name,
    unit,
    page: size,
    label: size,
    columns: 1,
    rows: 1,
    margin: { top: 0, left: 0 },
    pitch: { x: width, y: height },
    roll: true,
  } satisfies LabelSheet
}

/** The stock this app prints on (LBL1). */
export const LABEL_SHEETS: Readonly<Record<LabelSheetId, LabelSheet>> = {
  // US Letter, 3 × 10 address labels 2⅝" × 1", 1/8" gutter between columns.
  'avery-5160': {
    id: 'avery-5160',
    name: 'Avery 5160',
    unit: 'in',
    page: { width: 8.5, height: 11 },
    label: { width: 2.625, height: 1 },
    columns: 3,
    rows: 10,
    margin: { top: 0.5, left: 0.1875 },
    pitch: { x: 2.75, y: 1 },
    roll: false,
  },
  // US Letter, 2 × 5 shipping labels 4" × 2", 3/16" gutter.
  'avery-5163': {
    id: 'avery-5163',
    name: 'Avery 5163',
    unit: 'in',
    page: { width: 8.5, height: 11 },
    label: { width: 4, height: 2 },
    columns: 2,
    rows: 5,
    margin: { top: 0.5, left: 0.15625 },
    pitch: { x: 4.1875, y: 2 },
    roll: false,
  },
  // A4, 2 × 7 labels 99.1 × 38.1 mm, 2.5 mm gutter.
  'avery-l7163': {
    id: 'avery-l7163',
    name: 'Avery L7163',
    unit: 'mm',
    page: { width: 210, height: 297 },
    label: { width: 99.1, height: 38.1 },
    columns: 2,
    rows: 7,
    margin: { top: 15.15, left: 4.65 },
    pitch: { x: 101.6, y: 38.1 },
    roll: false,
  },
  'roll-2x1in': roll('roll-2x1in', 'Label printer 2" × 1"', 'in', 2, 1),
  'roll-62x29mm': roll('roll-62x29mm', 'Label printer 62 × 29 mm', 'mm', 62, 29),
}

/** Labels on one page of a stock. */
export function labelsPerPage(sheet: LabelSheet): number {
  return sheet.columns * sheet.rows
}

/** Pages needed for `count` labels when the first `skip` places of page 1 are used (LBL2). */
export function pageCount(sheet: LabelSheet, count: number, skip = 0): number {
  if (count <= 0) return 0
  return Math.ceil((clampSkip(sheet, skip) + count) / labelsPerPage(sheet))
}

function clampSkip(sheet: LabelSheet, skip: number): number {
  return Math.min(Math.max(0, Math.floor(skip)), labelsPerPage(sheet) - 1)
}

// Sums of decimal lengths (4.65 + 101.6) carry float noise; a millionth of a unit is far below
// what a printer resolves and keeps sixteenths of an inch (0.1875) exact.
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

export interface LabelPlacement {
  /** Index of the label in the print run. */
  index: number
  page: number
  row: number
  column: number
  /** Top-left corner on its page, in the stock's unit. */
  x: number
  y: number
}

/**
 * Where each of `count` labels lands (LBL2): filled row by row, left to right, page after
 * page, starting after `skip` places already used on the first page (clamped to 0 … one less
 * than a page). Placements are in print order.
 */
export function placeLabels(sheet: LabelSheet, count: number, skip = 0): LabelPlacement[] {
  const perPage = labelsPerPage(sheet)
  const first = clampSkip(sheet, skip)
  const placements: LabelPlacement[] = []
  for (let index = 0; index < count; index += 1) {
    const place = first + index
    const onPage = place % perPage
    const row = Math.floor(onPage / sheet.columns)
    const column = onPage % sheet.columns
    placements.push({
      index,
      page: Math.floor(place / perPage),
      row,
      column,
      x: round(sheet.margin.left + column * sheet.pitch.x),
      y: round(sheet.margin.top + row * sheet.pitch.y),
    })
  }
  return placements
}

/** Right and bottom margins left on the page; negative would mean labels off the paper (LBL1). */
export function sheetSlack(sheet: LabelSheet): { right: number; bottom: number } {
  const right = sheet.page.width - sheet.margin.left - (sheet.columns - 1) * sheet.pitch.x
  const bottom = sheet.page.height - sheet.margin.top - (sheet.rows - 1) * sheet.pitch.y
  return { right: round(right - sheet.label.width), bottom: round(bottom - sheet.label.height) }
}

/** A length of the stock as CSS (`2.625in`, `99.1mm`). */
export function cssLength(sheet: LabelSheet, value: number): string {
  return `${round(value)}${sheet.unit}`
}

/** A length of the stock in millimetres. */
export function toMillimetres(sheet: LabelSheet, value: number): number {
  return sheet.unit === 'mm' ? value : round(value * MM_PER_INCH)
}

/** Whether `value` names a stock. */
export function isLabelSheetId(value: string): value is LabelSheetId {
  return (LABEL_SHEET_IDS as readonly string[]).includes(value)
}
