import { LAYOUT_LAYERS } from '@growops/domain'
import { useTranslation } from 'react-i18next'
import { useLayerVisibility } from '../canvas/layer-visibility.ts'

/** One checkbox per layer: structure, tables, sensors, comments, occupancy. */
export function LayerToggles() {
  const { t } = useTranslation()
  const { visible, setVisible } = useLayerVisibility()
  return (
    <fieldset className="layout-layers">
      <legend>{t('layout.layers.legend')}</legend>
      {LAYOUT_LAYERS.map((layer) => (
        <label key={layer} className="layout-layers__item">
          <input
            type="checkbox"
            checked={visible[layer]}
            onChange={(e) => setVisible(layer, e.target.checked)}
          />
          {t(`layout.layers.${layer}`)}
        </label>
      ))}
    </fieldset>
  )
}
