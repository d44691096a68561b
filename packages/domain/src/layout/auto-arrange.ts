// The automatic arrangement of an import (LAYC8): children relative to their parent's
// top-left corner, keeping stored places that are consistent.
import { rectsOverlap, roundFeet } from './geometry.ts'
import type { SnapshotRect } from './layout-snapshot.schema.ts'

export interface ArrangedNode {
  /** Where the row was stored (feet, page coordinates), when it was. */
  stored: SnapshotRect | null
  width: number
  height: number
}
export interface Offset {
  x: number
  y: number
}

/**
 * Places children relative to their parent's top-left corner. Stored positions are kept
 * when every one of them starts inside the parent and none overlap; the other children go in
 * rows below them. Returns the offsets and the parent's size (grown to fit).
 */
export function arrangeChildren(
  parent: SnapshotRect | null,
  children: readonly ArrangedNode[],
  gap: number,
  empty: number,
): { offsets: Offset[]; width: number; height: number } {
  const offsets: (Offset | null)[] = children.map((c) =>
    parent !== null && c.stored !== null
      ? { x: roundFeet(c.stored.x - parent.x), y: roundFeet(c.stored.y - parent.y) }
      : null,
  )
  const rects = children.map((c, i) => {
    const o = offsets[i]
    return o ? { x: o.x, y: o.y, width: c.width, height: c.height } : null
  })
  const usable = rects.every(
    (r, i) =>
      r === null ||
      (r.x >= 0 && r.y >= 0 && !rects.slice(0, i).some((q) => q !== null && rectsOverlap(q, r))),
  )
  if (!usable) offsets.fill(null)
  let bottom = 0
  let right = 0
  children.forEach((c, i) => {
    const o = offsets[i]
    if (!o) return
    bottom = Math.max(bottom, o.y + c.height)
    right = Math.max(right, o.x + c.width)
  })
  const loose = children.map((c, i) => ({ c, i })).filter(({ i }) => offsets[i] === null)
  const area = loose.reduce((sum, { c }) => sum + (c.width + gap) * (c.height + gap), 0)
  // About twice as wide as deep: rooms of tables side by side, as growers lay them out.
  const rowWidth = Math.max(Math.sqrt(2 * area), ...loose.map(({ c }) => c.width))
  let x = gap
  let y = bottom > 0 ? bottom + gap : gap
  let rowHeight = 0
  for (const { c, i } of loose) {
    if (x > gap && x + c.width > gap + rowWidth) {
      y += rowHeight + gap
      x = gap
      rowHeight = 0
    }
    offsets[i] = { x: roundFeet(x), y: roundFeet(y) }
    right = Math.max(right, x + c.width)
    bottom = Math.max(bottom, y + c.height)
    x += c.width + gap
    rowHeight = Math.max(rowHeight, c.height)
  }
  const fitted = children.length === 0 ? empty : 0
  return {
    offsets: offsets.map((o) => o ?? { x: 0, y: 0 }),
    width: roundFeet(Math.max(parent?.width ?? 0, fitted, right + (loose.length > 0 ? gap : 0))),
    height: roundFeet(Math.max(parent?.height ?? 0, fitted, bottom + (loose.length > 0 ? gap : 0))),
  }
}

/** Buildings keep stored places that do not overlap; the rest go left to right after them. */
export function arrangeBuildings(nodes: readonly ArrangedNode[], buildingGap: number): Offset[] {
  const rects = nodes.map((n) =>
    n.stored ? { x: n.stored.x, y: n.stored.y, width: n.width, height: n.height } : null,
  )
  const usable = rects.every(
    (r, i) => r === null || !rects.slice(0, i).some((q) => q !== null && rectsOverlap(q, r)),
  )
  const placed = rects.map((r) => (usable ? r : null))
  let x = 0
  for (const r of placed) if (r) x = Math.max(x, r.x + r.width + buildingGap)
  return nodes.map((n, i) => {
    const r = placed[i]
    if (r) return { x: r.x, y: r.y }
    const at = { x: roundFeet(x), y: 0 }
    x += n.width + buildingGap
    return at
  })
}
