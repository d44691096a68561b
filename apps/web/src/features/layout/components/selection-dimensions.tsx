// "W × H ft" under the selected layout shape, in screen space so it stays readable.
import { canvasToFeet } from '@growops/domain'
import { useTranslation } from 'react-i18next'
import { useEditor, useValue } from 'tldraw'
import { isLayoutShape } from '../canvas/shapes/index.ts'

export function formatFeet(units: number): string {
  const feet = canvasToFeet(units)
  return String(Math.round(feet * 10) / 10)
}

export function SelectionDimensions() {
  const { t } = useTranslation()
  const editor = useEditor()
  const box = useValue(
    'selection dimensions',
    () => {
      const shape = editor.getOnlySelectedShape()
      if (!shape || !isLayoutShape(shape)) return null
      const bounds = editor.getShapePageBounds(shape)
      if (!bounds) return null
      const bottomLeft = editor.pageToViewport({ x: bounds.minX, y: bounds.maxY })
      return { x: bottomLeft.x, y: bottomLeft.y, w: bounds.w, h: bounds.h }
    },
    [editor],
  )
  if (!box) return null
  return (
    <div className="layout-dimensions" style={{ left: box.x, top: box.y + 6 }} aria-live="polite">
      {t('layout.dimensions', { w: formatFeet(box.w), h: formatFeet(box.h) })}
    </div>
  )
}
