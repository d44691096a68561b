// The tldraw editor on the layout store: tldraw's own UI is hidden (our toolbar and
// panels are accessible and translated); grid snap at 1 ft; read-only for viewers.
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { createContext, useContext, type ReactNode } from 'react'
import { Tldraw, type Editor, type TLComponents, type TLStore } from 'tldraw'
import 'tldraw/tldraw.css'
import { layoutShapeVisibility } from '../canvas/layer-visibility.ts'
import { layoutShapeUtils } from '../canvas/shapes/index.ts'
import { ScaleBar } from './scale-bar.tsx'
import { SelectionDimensions } from './selection-dimensions.tsx'

const assetUrls = getAssetUrlsByImport()

// The page's overlay reaches tldraw's slot through context, so the slot component keeps
// its identity across renders (a new one each time would remount comment pins).
const OverlayContext = createContext<ReactNode>(null)

function InFrontOfTheCanvas() {
  return (
    <>
      <SelectionDimensions />
      <ScaleBar />
      {useContext(OverlayContext)}
    </>
  )
}

const components: TLComponents = { InFrontOfTheCanvas }

export interface LayoutCanvasProps {
  store: TLStore
  readOnly: boolean
  label: string
  onEditor: (editor: Editor | null) => void
  /** Drawn in front of the canvas (comment pins, legends). */
  overlay?: ReactNode
}

export function LayoutCanvas({ store, readOnly, label, onEditor, overlay }: LayoutCanvasProps) {
  return (
    <div className="layout-canvas" role="region" aria-label={label}>
      <OverlayContext.Provider value={overlay}>
        <Tldraw
          store={store}
          shapeUtils={layoutShapeUtils}
          assetUrls={assetUrls}
          hideUi
          components={components}
          getShapeVisibility={layoutShapeVisibility}
          licenseKey={import.meta.env.VITE_TLDRAW_LICENSE_KEY as string | undefined}
          onMount={(editor) => {
            editor.updateInstanceState({ isGridMode: true, isReadonly: readOnly })
            onEditor(editor)
            return () => onEditor(null)
          }}
        />
      </OverlayContext.Provider>
    </div>
  )
}
