// Which layers of the canvas are shown. One set per page (there is one canvas on screen):
// shapes read it through the editor's getShapeVisibility, overlays through the hook.
import { LAYER_OF_SHAPE_KIND, type LayoutLayer } from '@growops/domain'
import { atom, useValue, type TLShape } from 'tldraw'
import { layoutKindOf } from './shapes/shape-types.ts'

export type LayerVisibility = Record<LayoutLayer, boolean>

export const DEFAULT_LAYER_VISIBILITY: LayerVisibility = {
  structure: true,
  tables: true,
  sensors: true,
  comments: true,
  occupancy: false,
}

export const layerVisibilityAtom = atom<LayerVisibility>('layout layers', {
  ...DEFAULT_LAYER_VISIBILITY,
})

export function setLayerVisible(layer: LayoutLayer, visible: boolean): void {
  layerVisibilityAtom.update((current) => ({ ...current, [layer]: visible }))
}

/**
 * For tldraw's `getShapeVisibility`: layout shapes on a hidden layer are hidden; on a
 * shown layer they are 'visible' (not 'inherit'), so tables stay on screen inside a room
 * whose structure layer is off.
 */
export function layoutShapeVisibility(shape: TLShape): 'hidden' | 'visible' | 'inherit' {
  const kind = layoutKindOf(shape.type)
  if (kind === null) return 'inherit'
  return layerVisibilityAtom.get()[LAYER_OF_SHAPE_KIND[kind]] ? 'visible' : 'hidden'
}

/** The current layer visibility (re-renders on change) and a setter. */
export function useLayerVisibility(): {
  visible: LayerVisibility
  setVisible: (layer: LayoutLayer, visible: boolean) => void
} {
  const visible = useValue('layout layers', () => layerVisibilityAtom.get(), [])
  return { visible, setVisible: setLayerVisible }
}
