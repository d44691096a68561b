// Opens the property's live layout document for as long as the page shows it: the Y.Doc
// (IndexedDB + Hocuspocus), a tldraw store with the layout shapes, and the binding.
import { useEffect, useState, useSyncExternalStore } from 'react'
import { createTLStore, defaultBindingUtils, defaultShapeUtils, type TLStore } from 'tldraw'
import { layoutShapeUtils } from '../canvas/shapes/index.ts'
import {
  collabWebSocketUrl,
  openLayoutConnection,
  type LayoutConnection,
  type LayoutConnectionState,
} from '../sync/layout-connection.ts'
import { bindStoreToYDoc, getRecordsMap, type StoreBinding } from '../sync/yjs-store-binding.ts'

export interface LayoutDocument {
  connection: LayoutConnection
  store: TLStore
  binding: StoreBinding
}

/** Every store on the page is made the same way (the version viewer builds its own). */
export function createLayoutStore(): TLStore {
  const store = createTLStore({
    shapeUtils: [...defaultShapeUtils, ...layoutShapeUtils],
    bindingUtils: defaultBindingUtils,
  })
  // What the editor does on mount (a document, a page, this tab's state), done before
  // binding so none of it is sent: the shared document comes from the Y.Doc or the seed.
  store.mergeRemoteChanges(() => {})
  return store
}

export function useLayoutDocument(options: {
  documentName: string
  collabUrl: string | null
  canEdit: boolean
}): { document: LayoutDocument | null; state: LayoutConnectionState | null } {
  const { documentName, collabUrl, canEdit } = options
  const [document, setDocument] = useState<LayoutDocument | null>(null)

  useEffect(() => {
    const connection = openLayoutConnection({
      documentName,
      url: collabWebSocketUrl(collabUrl, window.location),
    })
    const store = createLayoutStore()
    const binding = bindStoreToYDoc({
      store,
      doc: connection.doc,
      onRejectedRecord: (record, error) => console.warn('layout: record refused', record, error),
    })
    // The document is an external system (WebSocket, IndexedDB) that lives exactly as long
    // as this effect; state is how the page learns it exists.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDocument({ connection, store, binding })
    return () => {
      binding.dispose()
      connection.destroy()
      store.dispose()
      setDocument(null)
    }
  }, [documentName, collabUrl])

  const state = useSyncExternalStore(
    (listener) => document?.connection.subscribe(listener) ?? (() => {}),
    () => document?.connection.getState() ?? null,
  )

  // The first editor to open an empty property writes the document and page records
  // (fixed ids, so two first editors converge). Offline, that waits for the browser copy.
  const ready =
    state !== null && (state.synced || (state.localLoaded && state.connection === 'offline'))
  useEffect(() => {
    if (!document || !ready || !canEdit || state?.readOnly) return
    document.binding.seedMissing()
  }, [document, ready, canEdit, state?.readOnly])

  return { document, state }
}

/** True when the shared document holds no layout shape (after the first sync). */
export function isLayoutEmpty(document: LayoutDocument): boolean {
  for (const record of getRecordsMap(document.connection.doc).values())
    if (record.typeName === 'shape') return false
  return true
}
