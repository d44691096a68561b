// Tables and racks: one shape per section that draws its own grid of positions and, when
// zoomed in far enough to read them, the cell addresses (`R1 C1`, `L1 H1`). Their size
// always follows the grid props (rows × columns × spacing), never a free resize.
import { LAYOUT_SHAPE_TYPES } from '@growops/domain'
import { SVGContainer, useEditor, useValue, type Editor, type TLBaseBoxShape } from 'tldraw'
import { CELL_STATUS_COLOURS, canvasOverlays, cellKey } from '../overlay-state.ts'
import {
  LABEL_MIN_SCREEN_PX,
  rackCanvasSize,
  rackCells,
  tableCanvasSize,
  tableCells,
  type SectionCell,
} from './section-geometry.ts'
import { IssueOutline, ShapeTitle, useHasIssue, useZoom } from './shape-chrome.tsx'
import { layoutPropValidators, type RackShape, type TableShape } from './shape-types.ts'
import { AxisAlignedBoxShapeUtil, withoutRotation } from './axis-aligned.ts'

function useSectionOccupancy(editor: Editor, id: string) {
  return useValue(
    'section occupancy',
    () => canvasOverlays(editor).occupancy.get()?.get(id) ?? null,
    [editor, id],
  )
}

function SectionGrid({
  id,
  w,
  h,
  code,
  cells,
  fill,
}: {
  id: string
  w: number
  h: number
  code: string
  cells: SectionCell[]
  fill: string
}) {
  const editor = useEditor()
  const zoom = useZoom(editor)
  const issue = useHasIssue(editor, id as TableShape['id'])
  const occupancy = useSectionOccupancy(editor, id)
  const first = cells[0]
  const showLabels = first !== undefined && Math.min(first.w, first.h) * zoom >= LABEL_MIN_SCREEN_PX
  return (
    <SVGContainer>
      <rect width={w} height={h} fill={fill} stroke="#2d4a37" strokeWidth={1.5} />
      {cells.map((cell) => {
        const live = occupancy?.cells.get(cellKey(cell.row, cell.column))
        return (
          <g key={cell.label}>
            <rect
              x={cell.x}
              y={cell.y}
              width={cell.w}
              height={cell.h}
              fill={
                live
                  ? live.status === 'E'
                    ? CELL_STATUS_COLOURS.E
                    : (live.colour ?? CELL_STATUS_COLOURS[live.status])
                  : 'none'
              }
              stroke={live ? CELL_STATUS_COLOURS[live.status] : '#8fa897'}
              strokeWidth={live && live.status !== 'E' ? 2 / zoom : 0.6}
            />
            {showLabels ? (
              <text
                x={cell.x + cell.w / 2}
                y={cell.y + cell.h / 2}
                fontSize={Math.min(cell.w, cell.h) * 0.22}
                textAnchor="middle"
                dominantBaseline="middle"
                fontFamily="system-ui, sans-serif"
                fill="#1d2b22"
              >
                {cell.label}
              </text>
            ) : null}
          </g>
        )
      })}
      <ShapeTitle x={2} y={-16} text={code} zoom={zoom} size={9} />
      <IssueOutline w={w} h={h} show={issue} />
    </SVGContainer>
  )
}

/** A table or rack is as big as its grid needs (not freely resizable) and never rotated. */
function fitToGrid<S extends TLBaseBoxShape>(next: S, size: { w: number; h: number }): S {
  const sized =
    size.w === next.props.w && size.h === next.props.h
      ? next
      : { ...next, props: { ...next.props, ...size } }
  return withoutRotation(sized)
}

export class TableShapeUtil extends AxisAlignedBoxShapeUtil<TableShape> {
  static override type = LAYOUT_SHAPE_TYPES.table
  static override props = layoutPropValidators('table')
  override getDefaultProps(): TableShape['props'] {
    const grid = { rows: 4, columns: 8, spacingInches: 24 }
    return {
      ...tableCanvasSize(grid),
      ...grid,
      code: '',
      name: '',
      sectionType: 'TABLE',
      slotsPerPosition: 1,
    }
  }
  override canResize() {
    return false
  }
  override hideResizeHandles() {
    return true
  }
  protected override normalize(next: TableShape): TableShape {
    return fitToGrid(next, tableCanvasSize(next.props))
  }
  override component(shape: TableShape) {
    return (
      <SectionGrid
        id={shape.id}
        w={shape.props.w}
        h={shape.props.h}
        code={shape.props.code}
        cells={tableCells(shape.props)}
        fill="#f6fbf7"
      />
    )
  }
}

export class RackShapeUtil extends AxisAlignedBoxShapeUtil<RackShape> {
  static override type = LAYOUT_SHAPE_TYPES.rack
  static override props = layoutPropValidators('rack')
  override getDefaultProps(): RackShape['props'] {
    const grid = { levels: 4, hangersPerLevel: 10, spacingInches: 12 }
    return {
      ...rackCanvasSize(grid),
      ...grid,
      code: '',
      name: '',
      sectionType: 'RACK',
      slotsPerPosition: 1,
    }
  }
  override canResize() {
    return false
  }
  override hideResizeHandles() {
    return true
  }
  protected override normalize(next: RackShape): RackShape {
    return fitToGrid(next, rackCanvasSize(next.props))
  }
  override component(shape: RackShape) {
    return (
      <SectionGrid
        id={shape.id}
        w={shape.props.w}
        h={shape.props.h}
        code={shape.props.code}
        cells={rackCells(shape.props)}
        fill="#faf6ee"
      />
    )
  }
}
