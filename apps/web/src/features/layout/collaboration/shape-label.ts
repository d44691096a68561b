// How a comment names the shape it is pinned to: "Room VEG-A", "Table T1", "Sensor".
import { LAYOUT_SHAPE_TYPES, type LayoutShapeKind } from '@growops/domain'
import type { TFunction } from 'i18next'
import type { Editor, TLShapeId } from 'tldraw'

const KIND_BY_TYPE = new Map<string, LayoutShapeKind>(
  Object.entries(LAYOUT_SHAPE_TYPES).map(([kind, type]) => [type, kind as LayoutShapeKind]),
)

/** Null when the shape does not exist (any more). */
export function shapeLabel(editor: Editor, shapeId: string, t: TFunction): string | null {
  const shape = editor.getShape(shapeId as TLShapeId)
  if (!shape) return null
  const kind = KIND_BY_TYPE.get(shape.type)
  const props = shape.props as Record<string, unknown>
  const code = typeof props.code === 'string' && props.code !== '' ? props.code : null
  const label = typeof props.label === 'string' && props.label !== '' ? props.label : null
  const kindName = kind ? t(`layoutCollab.kinds.${kind}`) : null
  const parts = [kindName, code ?? label].filter((part): part is string => part !== null)
  return parts.length > 0 ? parts.join(' ') : t('layoutCollab.comments.unnamedShape')
}
