// Loaded lazily: tldraw is large, and most visits to the history never open a drawing.
import { recordsFromSnapshot, type LayoutSnapshot } from '@growops/domain'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { Tldraw, type Editor, type TLRecord } from 'tldraw'
import 'tldraw/tldraw.css'
import { layoutShapeUtils } from '../canvas/shapes/index.ts'

const assetUrls = getAssetUrlsByImport()
// Without a key tldraw shows its watermark on localhost and stops on a production origin.
const configuredKey: unknown = import.meta.env.VITE_TLDRAW_LICENSE_KEY
const licenseKey =
  typeof configuredKey === 'string' && configuredKey !== '' ? configuredKey : undefined

export interface VersionCanvasProps {
  snapshot: LayoutSnapshot
}

/** A read-only tldraw drawing of a published snapshot: pan and zoom, no editing. */
export default function VersionCanvas({ snapshot }: VersionCanvasProps) {
  const onMount = (editor: Editor) => {
    const records = recordsFromSnapshot(snapshot, { pageId: editor.getCurrentPageId() })
    editor.run(
      () => {
        // Plain JSON shaped like tldraw shape records (recordsFromSnapshot's contract).
        editor.store.put(records as unknown as TLRecord[])
      },
      { history: 'ignore' },
    )
    editor.updateInstanceState({ isReadonly: true })
    editor.zoomToFit({ immediate: true })
  }
  return (
    <Tldraw
      shapeUtils={layoutShapeUtils}
      assetUrls={assetUrls}
      licenseKey={licenseKey}
      hideUi
      onMount={onMount}
    />
  )
}
