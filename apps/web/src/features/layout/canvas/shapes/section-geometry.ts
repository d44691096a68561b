// Sizes and cell positions of tables and racks, in canvas units, from their grid props.
import {
  RACK_DEPTH_FEET,
  SECTION_MARGIN_FEET,
  feetToCanvas,
  rackSizeFeet,
  tableSizeFeet,
  type RackShapeProps,
  type TableShapeProps,
} from '@growops/domain'

export interface CanvasSize {
  w: number
  h: number
}

/** The w/h a table shape must have for its rows, columns and spacing. */
export function tableCanvasSize(
  p: Pick<TableShapeProps, 'rows' | 'columns' | 'spacingInches'>,
): CanvasSize {
  const { width, height } = tableSizeFeet(p)
  return { w: feetToCanvas(width), h: feetToCanvas(height) }
}

/** The w/h a rack shape must have for its hangers and spacing (plan view). */
export function rackCanvasSize(
  p: Pick<RackShapeProps, 'hangersPerLevel' | 'spacingInches'>,
): CanvasSize {
  const { width, height } = rackSizeFeet(p)
  return { w: feetToCanvas(width), h: feetToCanvas(height) }
}

/** One cell of a section's grid: 1-based row/column, its rectangle in shape coordinates. */
export interface SectionCell {
  row: number
  column: number
  x: number
  y: number
  w: number
  h: number
  label: string
}

/** Cells of a table (`R1 C1` …), row-major. */
export function tableCells(
  p: Pick<TableShapeProps, 'rows' | 'columns' | 'spacingInches'>,
): SectionCell[] {
  const size = feetToCanvas(p.spacingInches / 12)
  const margin = feetToCanvas(SECTION_MARGIN_FEET)
  const cells: SectionCell[] = []
  for (let row = 1; row <= p.rows; row++)
    for (let column = 1; column <= p.columns; column++)
      cells.push({
        row,
        column,
        x: margin + (column - 1) * size,
        y: margin + (row - 1) * size,
        w: size,
        h: size,
        label: `R${row} C${column}`,
      })
  return cells
}

/**
 * Cells of a rack in plan view: one cell per hanger along the rack; `row` is the level.
 * Levels stack vertically, so plan view shows hangers split into `levels` thin bands.
 */
export function rackCells(
  p: Pick<RackShapeProps, 'levels' | 'hangersPerLevel' | 'spacingInches'>,
): SectionCell[] {
  const depth = feetToCanvas(RACK_DEPTH_FEET)
  const width = feetToCanvas(p.spacingInches / 12)
  const margin = feetToCanvas(SECTION_MARGIN_FEET)
  const band = depth / p.levels
  const cells: SectionCell[] = []
  for (let level = 1; level <= p.levels; level++)
    for (let hanger = 1; hanger <= p.hangersPerLevel; hanger++)
      cells.push({
        row: level,
        column: hanger,
        x: margin + (hanger - 1) * width,
        y: margin + (level - 1) * band,
        w: width,
        h: band,
        label: `L${level} H${hanger}`,
      })
  return cells
}

/** On-screen pixels a cell needs before its label is drawn. */
export const LABEL_MIN_SCREEN_PX = 34
