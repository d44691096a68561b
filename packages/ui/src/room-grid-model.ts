// The pure part of RoomGrid: positions laid out as a matrix (rows × columns × slots) and
// keyboard movement over it. Kept apart from React so it can be tested in Node.

/** One position as the grid shows it; text is already translated by the caller. */
export interface RoomGridCell {
  id: string
  /** Row (table) or level (rack), from 1. */
  row: number
  /** Column (table) or hanger (rack), from 1. */
  column: number
  /** Slot within the position, from 1. */
  slot: number
  /** The accessible name, e.g. "R3 C5, occupied by 1A40…, batch B-001". */
  label: string
  /** Colour and pattern: `empty`, `occupied`, `reserved`, `damaged`, `muted` or `c0`…`c7`. */
  tone: string
  /** One or two characters shown in the cell, so colour is never the only signal. */
  symbol: string
}

export interface GridMatrix {
  rowCount: number
  /** Columns as displayed: columns × slots per position. */
  columnCount: number
  slotsPerPosition: number
  /** rows[r][c]: the cell at display row r and display column c (0-based), or null. */
  rows: (RoomGridCell | null)[][]
  /** Cell id → [display row, display column]. */
  indexById: Map<string, readonly [number, number]>
}

/** Lays cells out by row, then column and slot; missing positions are null. */
export function buildGridMatrix(
  cells: readonly RoomGridCell[],
  rowCount: number,
  columnCount: number,
): GridMatrix {
  let slotsPerPosition = 1
  let rows = rowCount
  let columns = columnCount
  for (const cell of cells) {
    if (cell.slot > slotsPerPosition) slotsPerPosition = cell.slot
    if (cell.row > rows) rows = cell.row
    if (cell.column > columns) columns = cell.column
  }
  const displayColumns = columns * slotsPerPosition
  const matrix: (RoomGridCell | null)[][] = Array.from({ length: rows }, () =>
    new Array<RoomGridCell | null>(displayColumns).fill(null),
  )
  const indexById = new Map<string, readonly [number, number]>()
  for (const cell of cells) {
    const r = cell.row - 1
    const c = (cell.column - 1) * slotsPerPosition + (cell.slot - 1)
    const row = matrix[r]
    if (!row || r < 0 || c < 0) continue
    row[c] = cell
    indexById.set(cell.id, [r, c])
  }
  return { rowCount: rows, columnCount: displayColumns, slotsPerPosition, rows: matrix, indexById }
}

export type GridKey =
  'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'PageUp' | 'PageDown'

const GRID_KEYS = new Set<string>([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
])

export function isGridKey(key: string): key is GridKey {
  return GRID_KEYS.has(key)
}

function cellAt(matrix: GridMatrix, r: number, c: number): RoomGridCell | null {
  return matrix.rows[r]?.[c] ?? null
}

/** Steps from (r, c) by (dr, dc) until a cell exists; stays put at the edge. */
function step(matrix: GridMatrix, r: number, c: number, dr: number, dc: number): [number, number] {
  let nr = r + dr
  let nc = c + dc
  while (nr >= 0 && nr < matrix.rowCount && nc >= 0 && nc < matrix.columnCount) {
    if (cellAt(matrix, nr, nc)) return [nr, nc]
    nr += dr
    nc += dc
  }
  return [r, c]
}

/** First (or last) existing cell scanning a row (or column) from one end. */
function edge(
  matrix: GridMatrix,
  fixed: number,
  along: 'row' | 'column',
  fromEnd: boolean,
): [number, number] | null {
  const length = along === 'row' ? matrix.columnCount : matrix.rowCount
  for (let i = 0; i < length; i++) {
    const k = fromEnd ? length - 1 - i : i
    const [r, c] = along === 'row' ? [fixed, k] : [k, fixed]
    if (cellAt(matrix, r, c)) return [r, c]
  }
  return null
}

/**
 * Where focus goes for a key, following the ARIA grid pattern: arrows move one cell,
 * Home/End go to the row's ends (with Ctrl: the grid's first/last cell), Page Up/Down go
 * to the column's first/last row.
 */
export function moveInGrid(
  matrix: GridMatrix,
  from: readonly [number, number],
  key: GridKey,
  ctrlKey = false,
): [number, number] {
  const [r, c] = from
  switch (key) {
    case 'ArrowUp':
      return step(matrix, r, c, -1, 0)
    case 'ArrowDown':
      return step(matrix, r, c, 1, 0)
    case 'ArrowLeft':
      return step(matrix, r, c, 0, -1)
    case 'ArrowRight':
      return step(matrix, r, c, 0, 1)
    case 'Home':
      return (ctrlKey ? firstCell(matrix) : edge(matrix, r, 'row', false)) ?? [r, c]
    case 'End':
      return (ctrlKey ? lastCell(matrix) : edge(matrix, r, 'row', true)) ?? [r, c]
    case 'PageUp':
      return edge(matrix, c, 'column', false) ?? [r, c]
    case 'PageDown':
      return edge(matrix, c, 'column', true) ?? [r, c]
  }
}

export function firstCell(matrix: GridMatrix): [number, number] | null {
  for (let r = 0; r < matrix.rowCount; r++) {
    const found = edge(matrix, r, 'row', false)
    if (found) return found
  }
  return null
}

function lastCell(matrix: GridMatrix): [number, number] | null {
  for (let r = matrix.rowCount - 1; r >= 0; r--) {
    const found = edge(matrix, r, 'row', true)
    if (found) return found
  }
  return null
}

/**
 * The display columns of one row whose cells are in `ids`, as a short string: rows compare
 * it by value, so a memoised row re-renders only when its own selection changes.
 */
export function selectedColumnsKey(
  row: readonly (RoomGridCell | null)[],
  ids: ReadonlySet<string> | undefined,
): string {
  if (!ids || ids.size === 0) return ''
  let key = ''
  for (let c = 0; c < row.length; c++) {
    const cell = row[c]
    if (cell && ids.has(cell.id)) key += `${c},`
  }
  return key
}

/** Header text for display column c: `C5` (or `H5` on racks), with `P2` when slots > 1. */
export function columnHeader(form: 'table' | 'rack', slotsPerPosition: number, c: number): string {
  const column = Math.floor(c / slotsPerPosition) + 1
  const letter = form === 'rack' ? 'H' : 'C'
  if (slotsPerPosition === 1) return `${letter}${column}`
  return `${letter}${column} P${(c % slotsPerPosition) + 1}`
}

/** Header text for row r: `R3` on tables, `L3` on racks. */
export function rowHeader(form: 'table' | 'rack', r: number): string {
  return `${form === 'rack' ? 'L' : 'R'}${r + 1}`
}
