import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react'
import {
  buildGridMatrix,
  columnHeader,
  firstCell,
  isGridKey,
  moveInGrid,
  rowHeader,
  selectedColumnsKey,
  type RoomGridCell,
} from './room-grid-model.ts'

export interface RoomGridProps {
  /** Tables show R/C labels, racks L/H. */
  form: 'table' | 'rack'
  /** Rows (levels) and columns (hangers) of the section. */
  rowCount: number
  columnCount: number
  cells: readonly RoomGridCell[]
  /** The grid's accessible name, e.g. "LEFT · Left table, 6 × 8". */
  label: string
  /** Translated text of the top-left header ("Row" / "Level"). */
  cornerLabel: string
  /** Cells shown as selected (aria-selected) when the grid is multi-selectable. */
  selectedIds?: ReadonlySet<string>
  multiselectable?: boolean
  /** The position being looked at (details open, found by address): aria-current. */
  activeId?: string | null
  /** Called for a click, Enter or Space on a cell. */
  onCellActivate: (cell: RoomGridCell) => void
}

interface GridRowProps {
  r: number
  header: string
  cells: readonly (RoomGridCell | null)[]
  /** Display column holding the roving tab stop in this row, or -1. */
  tabColumn: number
  /** Display column of the active cell in this row, or -1. */
  activeColumn: number
  selectedKey: string
  multiselectable: boolean
}

// Rows compare only primitives and the (memoised) cells array, so changing focus or the
// selection re-renders the one or two rows it touches, not the whole room.
const GridRow = memo(function GridRow({
  r,
  header,
  cells,
  tabColumn,
  activeColumn,
  selectedKey,
  multiselectable,
}: GridRowProps) {
  const selected = selectedKey ? new Set(selectedKey.split(',').filter(Boolean).map(Number)) : null
  return (
    <div role="row" className="ui-room-grid__row" aria-rowindex={r + 2}>
      <div role="rowheader" className="ui-room-grid__row-header">
        {header}
      </div>
      {cells.map((cell, c) => {
        if (!cell) return <div key={c} role="gridcell" className="ui-room-grid__gap" />
        const isSelected = selected?.has(c) ?? false
        return (
          <div
            key={cell.id}
            role="gridcell"
            className="ui-room-grid__cell"
            aria-selected={multiselectable ? isSelected : undefined}
          >
            <button
              type="button"
              className="ui-room-grid__button"
              data-r={r}
              data-c={c}
              data-cell-id={cell.id}
              data-tone={cell.tone}
              data-selected={isSelected || undefined}
              aria-label={cell.label}
              aria-current={activeColumn === c ? 'true' : undefined}
              tabIndex={tabColumn === c ? 0 : -1}
            >
              <span aria-hidden="true">{isSelected ? '✓' : cell.symbol}</span>
            </button>
          </div>
        )
      })}
    </div>
  )
})

/**
 * One section's positions as an ARIA grid: a row per row (or rack level), a cell per
 * position, a single tab stop, arrow keys to move, Enter/Space or a click to activate.
 * Events are delegated to the grid, so each cell is a plain button.
 */
export function RoomGrid({
  form,
  rowCount,
  columnCount,
  cells,
  label,
  cornerLabel,
  selectedIds,
  multiselectable = false,
  activeId = null,
  onCellActivate,
}: RoomGridProps) {
  const matrix = useMemo(
    () => buildGridMatrix(cells, rowCount, columnCount),
    [cells, rowCount, columnCount],
  )
  const activeIndex = activeId ? (matrix.indexById.get(activeId) ?? null) : null
  const [focus, setFocus] = useState<readonly [number, number] | null>(null)
  const gridRef = useRef<HTMLDivElement>(null)
  const moveFocusRef = useRef(false)

  // The tab stop: the last focused cell, else the active one, else the first.
  const tabStop = (focus && matrix.rows[focus[0]]?.[focus[1]] ? focus : null) ??
    activeIndex ??
    firstCell(matrix) ?? [-1, -1]

  useEffect(() => {
    if (!moveFocusRef.current) return
    moveFocusRef.current = false
    const [r, c] = tabStop
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-r="${r}"][data-c="${c}"]`)?.focus()
  })

  const cellFromEvent = useCallback(
    (target: EventTarget): [number, number, RoomGridCell] | null => {
      const button = (target as HTMLElement).closest?.<HTMLElement>('button[data-r]')
      if (!button) return null
      const r = Number(button.dataset.r)
      const c = Number(button.dataset.c)
      const cell = matrix.rows[r]?.[c]
      return cell ? [r, c, cell] : null
    },
    [matrix],
  )

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const hit = cellFromEvent(event.target)
    if (!hit) return
    setFocus([hit[0], hit[1]])
    onCellActivate(hit[2])
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!isGridKey(event.key)) return
    const hit = cellFromEvent(event.target)
    if (!hit) return
    event.preventDefault()
    const next = moveInGrid(matrix, [hit[0], hit[1]], event.key, event.ctrlKey || event.metaKey)
    moveFocusRef.current = true
    setFocus(next)
  }

  const headers = useMemo(
    () =>
      Array.from({ length: matrix.columnCount }, (_, c) =>
        columnHeader(form, matrix.slotsPerPosition, c),
      ),
    [form, matrix],
  )

  return (
    <div className="ui-room-grid__scroll">
      <div
        ref={gridRef}
        role="grid"
        className="ui-room-grid"
        aria-label={label}
        aria-multiselectable={multiselectable || undefined}
        aria-rowcount={matrix.rowCount + 1}
        aria-colcount={matrix.columnCount + 1}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <div role="row" className="ui-room-grid__row ui-room-grid__head" aria-rowindex={1}>
          <div role="columnheader" className="ui-room-grid__corner">
            <span className="ui-visually-hidden">{cornerLabel}</span>
          </div>
          {headers.map((text) => (
            <div key={text} role="columnheader" className="ui-room-grid__column-header">
              {text}
            </div>
          ))}
        </div>
        {matrix.rows.map((row, r) => (
          <GridRow
            key={r}
            r={r}
            header={rowHeader(form, r)}
            cells={row}
            tabColumn={tabStop[0] === r ? tabStop[1] : -1}
            activeColumn={activeIndex?.[0] === r ? activeIndex[1] : -1}
            selectedKey={selectedColumnsKey(row, selectedIds)}
            multiselectable={multiselectable}
          />
        ))}
      </div>
    </div>
  )
}
