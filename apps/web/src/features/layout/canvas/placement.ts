// Where a new shape goes: inside the building or room it belongs to (the selected one, or the
// one under the middle of the view), at the first free spot, so that adding a room next to
// someone else's never drops it on top of theirs.
import { feetToCanvas, LAYOUT_SHAPE_TYPES, type LayoutShapeKind } from '@growops/domain'
import type { Editor, TLParentId, TLShape } from 'tldraw'

const CONTAINER_OF: Partial<Record<LayoutShapeKind, 'building' | 'room'>> = {
  room: 'building',
  table: 'room',
  rack: 'room',
  aisle: 'room',
  door: 'room',
  sensor: 'room',
}

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/**
 * The first spot, scanning rows from the top-left of `area` in `step` increments, where a
 * `w`×`h` rectangle with `gap` around it overlaps none of `taken`; null when none fits.
 */
export function firstFreeSpot(
  area: Rect,
  size: { w: number; h: number },
  taken: readonly Rect[],
  step: number,
  gap: number,
): { x: number; y: number } | null {
  for (let y = area.y + gap; y + size.h + gap <= area.y + area.h; y += step) {
    for (let x = area.x + gap; x + size.w + gap <= area.x + area.w; x += step) {
      const candidate = { x: x - gap, y: y - gap, w: size.w + 2 * gap, h: size.h + 2 * gap }
      if (!taken.some((rect) => rectsOverlap(candidate, rect))) return { x, y }
    }
  }
  return null
}

function pageRect(editor: Editor, shape: TLShape): Rect | null {
  const bounds = editor.getShapePageBounds(shape)
  return bounds ? { x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h } : null
}

/** The selected shape of `type` (or the one holding the selection), else the smallest under the view's centre. */
function findContainer(editor: Editor, type: string): TLShape | null {
  for (const selected of editor.getSelectedShapes()) {
    if (selected.type === type) return selected
    const ancestor = editor.getShapeAncestors(selected).find((shape) => shape.type === type)
    if (ancestor) return ancestor
  }
  const centre = editor.getViewportPageBounds().center
  let best: { shape: TLShape; area: number } | null = null
  for (const shape of editor.getCurrentPageShapes()) {
    if (shape.type !== type) continue
    const rect = pageRect(editor, shape)
    if (!rect) continue
    const inside =
      centre.x >= rect.x &&
      centre.x <= rect.x + rect.w &&
      centre.y >= rect.y &&
      centre.y <= rect.y + rect.h
    if (inside && (!best || rect.w * rect.h < best.area)) best = { shape, area: rect.w * rect.h }
  }
  return best?.shape ?? null
}

export interface Placement {
  parentId: TLParentId
  /** Relative to the parent. */
  x: number
  y: number
}

/**
 * Where a new `kind` shape of size `w`×`h` goes. Inside its container when there is one,
 * at the first free spot (below the other children when the container is full); on the page,
 * in the middle of the view when that is free, else to the right of everything.
 */
export function placementFor(
  editor: Editor,
  kind: LayoutShapeKind,
  size: { w: number; h: number },
): Placement {
  const step = feetToCanvas(2)
  const gap = feetToCanvas(1)
  const containerKind = CONTAINER_OF[kind]
  const container = containerKind ? findContainer(editor, LAYOUT_SHAPE_TYPES[containerKind]) : null
  const containerRect = container ? pageRect(editor, container) : null
  if (container && containerRect) {
    const siblings = editor
      .getSortedChildIdsForParent(container.id)
      .map((id) => editor.getShape(id))
      .filter((shape): shape is TLShape => shape !== undefined)
      .map((shape) => pageRect(editor, shape))
      .filter((rect): rect is Rect => rect !== null)
    // Leave room for the container's title along its top edge.
    const area = {
      x: containerRect.x,
      y: containerRect.y + feetToCanvas(2),
      w: containerRect.w,
      h: containerRect.h - feetToCanvas(2),
    }
    const spot = firstFreeSpot(area, size, siblings, step, gap) ?? {
      x: containerRect.x + gap,
      y: Math.max(containerRect.y, ...siblings.map((rect) => rect.y + rect.h)) + gap,
    }
    return { parentId: container.id, x: spot.x - containerRect.x, y: spot.y - containerRect.y }
  }
  const pageId = editor.getCurrentPageId()
  const centre = editor.getViewportPageBounds().center
  const centred = { x: Math.round(centre.x - size.w / 2), y: Math.round(centre.y - size.h / 2) }
  const topLevel = editor
    .getSortedChildIdsForParent(pageId)
    .map((id) => editor.getShape(id))
    .filter((shape): shape is TLShape => shape !== undefined)
    .map((shape) => pageRect(editor, shape))
    .filter((rect): rect is Rect => rect !== null)
  const wanted = { ...centred, w: size.w, h: size.h }
  if (!topLevel.some((rect) => rectsOverlap(wanted, rect))) return { parentId: pageId, ...centred }
  const right = Math.max(...topLevel.map((rect) => rect.x + rect.w))
  const top = Math.min(...topLevel.map((rect) => rect.y))
  return { parentId: pageId, x: right + feetToCanvas(10), y: top }
}
