// Where each comment pin sits on the page: at its point, or at the top-right corner of the
// shape it is pinned to (so it follows the shape when it moves or resizes).
import type { CommentAnchor } from '@growops/domain'
import type { CommentThreadView } from './comments-model.ts'

export interface PageBox {
  x: number
  y: number
  w: number
  h: number
}

export interface CommentPin {
  threadId: string
  number: number
  resolved: boolean
  /** The first message, for the pin's accessible name. */
  text: string
  /** Page coordinates of the pin's tip. */
  x: number
  y: number
}

/** Null when the anchor's shape no longer exists (deleted, or not synced yet). */
export function anchorPagePoint(
  anchor: CommentAnchor,
  boundsOf: (shapeId: string) => PageBox | undefined,
): { x: number; y: number } | null {
  if (anchor.kind === 'point') return { x: anchor.x, y: anchor.y }
  const box = boundsOf(anchor.shapeId)
  return box ? { x: box.x + box.w, y: box.y } : null
}

const PIN_TEXT_MAX = 80

/** Pins of the threads that can be placed; resolved ones only when asked for. */
export function commentPins(
  threads: readonly CommentThreadView[],
  boundsOf: (shapeId: string) => PageBox | undefined,
  includeResolved: boolean,
): CommentPin[] {
  const pins: CommentPin[] = []
  for (const view of threads) {
    if (view.thread.resolved && !includeResolved) continue
    const point = anchorPagePoint(view.thread.anchor, boundsOf)
    if (!point) continue
    const first = view.messages[0]?.text ?? ''
    pins.push({
      threadId: view.thread.id,
      number: view.number,
      resolved: view.thread.resolved,
      text: first.length > PIN_TEXT_MAX ? `${first.slice(0, PIN_TEXT_MAX - 1)}…` : first,
      x: point.x,
      y: point.y,
    })
  }
  return pins
}
