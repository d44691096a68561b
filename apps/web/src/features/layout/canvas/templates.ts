// Rooms with their sections placed in one action: a veg room with two tables, a flower
// room with N tables, a dry room with racks. Pure builders (shapes as plain partials with
// parent-relative positions) so they can be tested without an editor.
import {
  LAYOUT_SHAPE_TYPES,
  feetToCanvas,
  type RackShapeProps,
  type RoomShapeProps,
  type TableShapeProps,
} from '@growops/domain'
import { rackCanvasSize, tableCanvasSize } from './shapes/section-geometry.ts'

export type TemplateKind = 'veg' | 'flower' | 'dry'
export const FLOWER_TABLES_LIMITS = { min: 1, max: 48 } as const

export interface TemplateShape {
  id: string
  type: string
  /** Null for the room (placed on the page or in a building); the room's id for sections. */
  parentId: string | null
  x: number
  y: number
  props: RoomShapeProps | TableShapeProps | RackShapeProps
}

/** The first `PREFIX-n` code not in `taken`. */
export function nextCode(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const code = `${prefix}-${n}`
    if (!taken.has(code)) return code
  }
}

const MARGIN_FEET = 3
const AISLE_FEET = 4
/** Room for the room's title above its first row of sections. */
const TITLE_FEET = 3

function gridOf(count: number, maxColumns: number) {
  const columns = Math.min(maxColumns, Math.max(1, Math.ceil(Math.sqrt(count))))
  return { columns, rows: Math.ceil(count / columns) }
}

export function buildTemplate(
  kind: TemplateKind,
  options: {
    /** Page position of the room's top-left corner, canvas units. */
    origin: { x: number; y: number }
    /** Room codes already on the canvas. */
    takenRoomCodes: ReadonlySet<string>
    /** Flower rooms only: how many tables. */
    tables?: number
    newId: () => string
  },
): TemplateShape[] {
  const count =
    kind === 'veg'
      ? 2
      : kind === 'dry'
        ? 4
        : Math.min(
            FLOWER_TABLES_LIMITS.max,
            Math.max(FLOWER_TABLES_LIMITS.min, Math.round(options.tables ?? 6)),
          )
  const sectionProps =
    kind === 'dry'
      ? rackProps()
      : tableProps(
          kind === 'veg'
            ? { rows: 4, columns: 8, spacingInches: 18 }
            : { rows: 4, columns: 10, spacingInches: 24 },
        )
  const size =
    kind === 'dry'
      ? rackCanvasSize(sectionProps as RackShapeProps)
      : tableCanvasSize(sectionProps as TableShapeProps)
  const { columns, rows } =
    kind === 'dry' ? { columns: 1, rows: count } : gridOf(count, kind === 'veg' ? 1 : 4)
  const margin = feetToCanvas(MARGIN_FEET)
  const aisle = feetToCanvas(AISLE_FEET)
  const top = margin + feetToCanvas(TITLE_FEET)
  const roomType = kind === 'veg' ? 'VEG' : kind === 'flower' ? 'FLOWER' : 'DRY'
  const roomCode = nextCode(roomType, options.takenRoomCodes)
  const roomId = options.newId()
  const room: TemplateShape = {
    id: roomId,
    type: LAYOUT_SHAPE_TYPES.room,
    parentId: null,
    x: options.origin.x,
    y: options.origin.y,
    props: {
      w: 2 * margin + columns * size.w + (columns - 1) * aisle,
      h: top + margin + rows * size.h + (rows - 1) * aisle,
      code: roomCode,
      name: roomCode,
      roomType,
    } satisfies RoomShapeProps,
  }
  const sections: TemplateShape[] = []
  for (let i = 0; i < count; i++) {
    const column = i % columns
    const row = Math.floor(i / columns)
    const code = `${kind === 'dry' ? 'RACK' : 'T'}${i + 1}`
    sections.push({
      id: options.newId(),
      type: kind === 'dry' ? LAYOUT_SHAPE_TYPES.rack : LAYOUT_SHAPE_TYPES.table,
      parentId: roomId,
      x: margin + column * (size.w + aisle),
      y: top + row * (size.h + aisle),
      props: { ...sectionProps, ...size, code, name: code },
    })
  }
  return [room, ...sections]
}

function tableProps(grid: {
  rows: number
  columns: number
  spacingInches: number
}): TableShapeProps {
  return {
    ...grid,
    ...tableCanvasSize(grid),
    code: '',
    name: '',
    sectionType: 'TABLE',
    slotsPerPosition: 1,
  }
}

function rackProps(): RackShapeProps {
  const grid = { levels: 4, hangersPerLevel: 10, spacingInches: 12 }
  return {
    ...grid,
    ...rackCanvasSize(grid),
    code: '',
    name: '',
    sectionType: 'RACK',
    slotsPerPosition: 1,
  }
}
