// A scale bar that follows the zoom: the longest "nice" length in feet that fits ~120px.
import { CANVAS_UNITS_PER_FOOT } from '@growops/domain'
import { useTranslation } from 'react-i18next'
import { useEditor, useValue } from 'tldraw'

const NICE_FEET = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]

/** The bar's length in feet and in screen pixels for a zoom level. */
export function scaleBarFor(zoom: number, maxPx = 140): { feet: number; px: number } {
  const pxPerFoot = zoom * CANVAS_UNITS_PER_FOOT
  let feet = NICE_FEET[0]!
  for (const f of NICE_FEET) if (f * pxPerFoot <= maxPx) feet = f
  return { feet, px: feet * pxPerFoot }
}

export function ScaleBar() {
  const { t } = useTranslation()
  const editor = useEditor()
  const zoom = useValue('zoom', () => editor.getZoomLevel(), [editor])
  const { feet, px } = scaleBarFor(zoom)
  return (
    <div className="layout-scale" role="img" aria-label={t('layout.scale.label', { feet })}>
      <div className="layout-scale__bar" style={{ width: `${Math.round(px)}px` }} />
      <span className="layout-scale__text" aria-hidden="true">
        {t('layout.scale.feet', { feet })}
      </span>
    </div>
  )
}
