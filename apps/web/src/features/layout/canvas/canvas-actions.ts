// What the toolbar does to the editor: add one shape at the centre of the view, place a
// template, and read which codes are taken (new codes never repeat one on the canvas).
import { LAYOUT_SHAPE_TYPES, type LayoutShapeKind } from '@growops/domain'
import { createShapeId, type Editor, type TLShapeId, type TLShapePartial } from 'tldraw'
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

/** Adds a shape of `kind` centred in the view, selects it, and returns its id. */
export function addLayoutShape(editor: Editor, kind: LayoutShapeKind): TLShapeId {
  const type = LAYOUT_SHAPE_TYPES[kind]
  const util = editor.getShapeUtil(type)
  const defaults = util.getDefaultProps() as { w?: number; h?: number }
  const centre = editor.getViewportPageBounds().center
  const w = defaults.w ?? 20
  const h = defaults.h ?? 20
  const prefix = CODE_PREFIX[kind]
  const props: Record<string, unknown> = {}
  if (prefix) {
    const code = nextCode(prefix, takenCodes(editor, type))
    props.code = code
    if ('name' in defaults) props.name = code
  }
  const id = createShapeId()
  editor.run(() => {
    editor.createShape({
      id,
      type,
      x: Math.round(centre.x - w / 2),
      y: Math.round(centre.y - h / 2),
      props,
    })
    editor.select(id)
  })
  return id
}

/** Places a template room with its sections in the middle of the view; selects the room. */
export function placeTemplate(editor: Editor, kind: TemplateKind, tables?: number): TLShapeId {
  const centre = editor.getViewportPageBounds().center
  const shapes = buildTemplate(kind, {
    origin: { x: 0, y: 0 },
    takenRoomCodes: takenCodes(editor, LAYOUT_SHAPE_TYPES.room),
    tables,
    newId: () => createShapeId(),
  })
  const room = shapes[0]!
  const { w, h } = room.props as { w: number; h: number }
  const x = Math.round(centre.x - w / 2)
  const y = Math.round(centre.y - h / 2)
  editor.run(() => {
    editor.createShapes(
      shapes.map(
        (s) =>
          ({
            id: s.id as TLShapeId,
            type: s.type,
            parentId: s.parentId === null ? editor.getCurrentPageId() : (s.parentId as TLShapeId),
            x: s.parentId === null ? x : s.x,
            y: s.parentId === null ? y : s.y,
            props: s.props,
          }) as TLShapePartial,
      ),
    )
    editor.select(room.id as TLShapeId)
  })
  return room.id as TLShapeId
}
