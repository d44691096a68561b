// What the toolbar does to the editor: add one shape at the centre of the view, place a
// template, and read which codes are taken (new codes never repeat one on the canvas).
import { feetToCanvas, LAYOUT_SHAPE_TYPES, type LayoutShapeKind } from '@growops/domain'
import { createShapeId, type Editor, type TLShapeId, type TLShapePartial } from 'tldraw'
import { placementFor, type Placement } from './placement.ts'
import { buildTemplate, nextCode, type TemplateKind } from './templates.ts'

const CODE_PREFIX: Partial<Record<LayoutShapeKind, string>> = {
  building: 'B',
  room: 'ROOM',
  table: 'T',
  rack: 'RACK',
  sensor: 'S',
}

/** Codes of every shape of one type on the current page. */
export function takenCodes(editor: Editor, type: string): Set<string> {
  const codes = new Set<string>()
  for (const shape of editor.getCurrentPageShapes()) {
    if (shape.type !== type) continue
    const code = (shape.props as { code?: unknown }).code
    if (typeof code === 'string') codes.add(code)
  }
  return codes
}

/** Grows a building or room so that a child placed at `placement` with `size` fits inside it. */
function growParentToFit(
  editor: Editor,
  placement: Placement,
  size: { w: number; h: number },
): void {
  const parent = editor.getShape(placement.parentId)
  if (!parent) return
  const props = parent.props as { w?: unknown; h?: unknown }
  if (typeof props.w !== 'number' || typeof props.h !== 'number') return
  const margin = feetToCanvas(1)
  const w = Math.max(props.w, placement.x + size.w + margin)
  const h = Math.max(props.h, placement.y + size.h + margin)
  if (w !== props.w || h !== props.h)
    editor.updateShape({ id: parent.id, type: parent.type, props: { w, h } } as TLShapePartial)
}

/**
 * Adds a shape of `kind` and selects it. Rooms go into the selected building (or the one
 * under the middle of the view), sections, aisles, doors and sensors into the room, at the
 * first free spot; buildings in the middle of the view or beside the others.
 */
export function addLayoutShape(editor: Editor, kind: LayoutShapeKind): TLShapeId {
  const type = LAYOUT_SHAPE_TYPES[kind]
  const util = editor.getShapeUtil(type)
  const defaults = util.getDefaultProps() as { w?: number; h?: number }
  const size = { w: defaults.w ?? 20, h: defaults.h ?? 20 }
  const placement = placementFor(editor, kind, size)
  const prefix = CODE_PREFIX[kind]
  const props: Record<string, unknown> = {}
  if (prefix) {
    const code = nextCode(prefix, takenCodes(editor, type))
    props.code = code
    if ('name' in defaults) props.name = code
  }
  const id = createShapeId()
  // One undo step per toolbar action (tldraw otherwise merges everything since the last mark).
  editor.markHistoryStoppingPoint(`add ${kind}`)
  editor.run(() => {
    growParentToFit(editor, placement, size)
    editor.createShape({
      id,
      type,
      parentId: placement.parentId,
      x: Math.round(placement.x),
      y: Math.round(placement.y),
      props,
    })
    editor.select(id)
  })
  return id
}

/** Deletes the selection as one undo step. */
export function deleteSelection(editor: Editor): void {
  editor.markHistoryStoppingPoint('delete')
  editor.deleteShapes(editor.getSelectedShapeIds())
}

/** Places a template room with its sections like a new room (see addLayoutShape); selects the room. */
export function placeTemplate(editor: Editor, kind: TemplateKind, tables?: number): TLShapeId {
  const shapes = buildTemplate(kind, {
    origin: { x: 0, y: 0 },
    takenRoomCodes: takenCodes(editor, LAYOUT_SHAPE_TYPES.room),
    tables,
    newId: () => createShapeId(),
  })
  const room = shapes[0]!
  const { w, h } = room.props as { w: number; h: number }
  const placement = placementFor(editor, 'room', { w, h })
  editor.markHistoryStoppingPoint(`template ${kind}`)
  editor.run(() => {
    growParentToFit(editor, placement, { w, h })
    editor.createShapes(
      shapes.map(
        (s) =>
          ({
            id: s.id as TLShapeId,
            type: s.type,
            parentId: s.parentId === null ? placement.parentId : (s.parentId as TLShapeId),
            x: s.parentId === null ? Math.round(placement.x) : s.x,
            y: s.parentId === null ? Math.round(placement.y) : s.y,
            props: s.props,
          }) as TLShapePartial,
      ),
    )
    editor.select(room.id as TLShapeId)
  })
  return room.id as TLShapeId
}
