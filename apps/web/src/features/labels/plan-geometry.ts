// Geometry of a room's printable floor plan, in feet: sections at their stored rects when every
// section has one (to scale), otherwise laid out in a column with a nominal 2 ft cell.

export interface PlanRectFeet {
  x: number
  y: number
  width: number
  height: number
}

export interface PlanSectionInput {
  id: string
  code: string
  name: string
  rowCount: number
  columnCount: number
  rect: PlanRectFeet | null
}

export interface PlanSection {
  id: string
  code: string
  name: string
  rect: PlanRectFeet
  rows: number
  columns: number
  cellWidth: number
  cellHeight: number
}

export interface RoomPlan {
  /** Whether lengths are the layout's real feet. */
  toScale: boolean
  /** The drawing's extent, in feet, with a margin for codes. */
  viewBox: PlanRectFeet
  /** The room's outline, when it is known and holds every section. */
  outline: PlanRectFeet | null
  sections: PlanSection[]
}

/** Nominal cell and gap for rooms without stored sizes. */
export const NOMINAL_CELL_FEET = 2
const NOMINAL_GAP_FEET = 4
const MARGIN_FEET = 3

function inside(rect: PlanRectFeet, frame: PlanRectFeet): boolean {
  const eps = 1e-6
  return (
    rect.x >= frame.x - eps &&
    rect.y >= frame.y - eps &&
    rect.x + rect.width <= frame.x + frame.width + eps &&
    rect.y + rect.height <= frame.y + frame.height + eps
  )
}

function bounds(rects: readonly PlanRectFeet[]): PlanRectFeet {
  const left = Math.min(...rects.map((r) => r.x))
  const top = Math.min(...rects.map((r) => r.y))
  const right = Math.max(...rects.map((r) => r.x + r.width))
  const bottom = Math.max(...rects.map((r) => r.y + r.height))
  return { x: left, y: top, width: right - left, height: bottom - top }
}

function nominalRects(sections: readonly PlanSectionInput[]): PlanRectFeet[] {
  let y = 0
  return sections.map((section) => {
    const rect = {
      x: 0,
      y,
      width: Math.max(1, section.columnCount) * NOMINAL_CELL_FEET,
      height: Math.max(1, section.rowCount) * NOMINAL_CELL_FEET,
    }
    y += rect.height + NOMINAL_GAP_FEET
    return rect
  })
}

/** The plan of a room from its sections (and its own stored rect, if any). */
export function roomPlan(
  sections: readonly PlanSectionInput[],
  roomRect: PlanRectFeet | null,
): RoomPlan {
  const toScale = sections.length > 0 && sections.every((section) => section.rect !== null)
  const rects = toScale
    ? sections.map((section) => section.rect as PlanRectFeet)
    : nominalRects(sections)
  // Stored section rects are relative to their room; a room rect that holds them all frames them.
  const frame = roomRect ? { x: 0, y: 0, width: roomRect.width, height: roomRect.height } : null
  const outline = toScale && frame && rects.every((rect) => inside(rect, frame)) ? frame : null
  const extent =
    outline ?? (rects.length > 0 ? bounds(rects) : { x: 0, y: 0, width: 10, height: 10 })
  return {
    toScale,
    outline,
    viewBox: {
      x: extent.x - MARGIN_FEET,
      y: extent.y - MARGIN_FEET,
      width: extent.width + 2 * MARGIN_FEET,
      height: extent.height + 2 * MARGIN_FEET,
    },
    sections: sections.map((section, index) => {
      const rect = rects[index] ?? { x: 0, y: 0, width: 1, height: 1 }
      const rows = Math.max(1, section.rowCount)
      const columns = Math.max(1, section.columnCount)
      return {
        id: section.id,
        code: section.code,
        name: section.name,
        rect,
        rows,
        columns,
        cellWidth: rect.width / columns,
        cellHeight: rect.height / rows,
      }
    }),
  }
}
