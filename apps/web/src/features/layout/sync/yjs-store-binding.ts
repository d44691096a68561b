// Two-way binding between a tldraw store and the `records` Y.Map of a layout Y.Doc.
// One Y.Map entry per document-scope record (shapes, pages, the document): concurrent
// edits of one record resolve last-writer-wins in Yjs, and every client applies the
// winning value, so all stores converge. Session and presence records (camera, selection,
// pointer, instance) never enter the Y.Doc: presence travels in awareness instead.
import { LAYOUT_YDOC, SNAP_STEP_FEET, feetToCanvas, type CanvasRecord } from '@growops/domain'
import type { TLRecord, TLStore } from 'tldraw'
import type * as Y from 'yjs'

export interface StoreBinding {
  /** The transaction origin of this binding's own writes to the Y.Doc. */
  readonly origin: object
  /**
   * Writes the document record (grid of 1 ft) and the first page when the Y.Map lacks
   * them: done by the first editor of a property. Returns whether anything was written.
   */
  seedMissing(): boolean
  /** Stops both directions; the store and the Y.Doc keep their content. */
  dispose(): void
}

export interface BindStoreOptions {
  store: TLStore
  doc: Y.Doc
  /** Called with a record the store refused (bad data from another client), for logging. */
  onRejectedRecord?: (record: unknown, error: unknown) => void
}

/** tldraw's grid step in canvas units: one foot. */
export const GRID_SIZE = feetToCanvas(SNAP_STEP_FEET)

export function getRecordsMap(doc: Y.Doc): Y.Map<CanvasRecord> {
  return doc.getMap<CanvasRecord>(LAYOUT_YDOC.records)
}

function isDocumentScope(store: TLStore, typeName: string): boolean {
  const type = (store.schema.types as Record<string, { scope: string } | undefined>)[typeName]
  return type?.scope === 'document'
}

// tldraw records are plain JSON objects; the Y.Map's value type only names id and typeName.
function asCanvasRecord(record: TLRecord): CanvasRecord {
  return record as unknown as CanvasRecord
}

function documentRecords(store: TLStore): TLRecord[] {
  return store.allRecords().filter((r) => isDocumentScope(store, r.typeName))
}

/**
 * Binds `store` to `doc`. The Y.Doc's content replaces the store's document records at
 * once; from then on local user changes go to the Y.Doc in one transaction each, and
 * changes from other origins (the provider, IndexedDB) reach the store as remote changes,
 * which tldraw's undo history does not record.
 */
export function bindStoreToYDoc({ store, doc, onRejectedRecord }: BindStoreOptions): StoreBinding {
  const records = getRecordsMap(doc)
  const origin = { binding: 'tldraw-store' }

  function putRemote(incoming: unknown[]): void {
    if (incoming.length === 0) return
    try {
      store.put(incoming as TLRecord[])
    } catch {
      // One bad record must not block the others: retry one by one and skip the bad ones.
      for (const record of incoming) {
        try {
          store.put([record as TLRecord])
        } catch (error) {
          onRejectedRecord?.(record, error)
        }
      }
    }
  }

  function applyFromYjs(ids: Iterable<string>): void {
    // Local changes still waiting for the store's next-frame flush go to the Y.Doc first;
    // otherwise a later flush would overwrite the remote value this call puts in the store.
    store._flushHistory()
    const toPut: unknown[] = []
    const toRemove: TLRecord['id'][] = []
    for (const id of ids) {
      const value = records.get(id)
      if (value === undefined) {
        if (store.has(id as TLRecord['id'])) toRemove.push(id as TLRecord['id'])
      } else if (isDocumentScope(store, value.typeName)) {
        toPut.push(value)
      }
    }
    if (toPut.length === 0 && toRemove.length === 0) return
    store.mergeRemoteChanges(() => {
      if (toRemove.length > 0) store.remove(toRemove)
      putRemote(toPut)
    })
  }

  // Initial state: the Y.Doc (from IndexedDB or the server) wins over whatever the
  // store was created with, except when it is still empty.
  if (records.size > 0) {
    const stale = documentRecords(store)
      .filter((r) => !records.has(r.id))
      .map((r) => r.id)
    store.mergeRemoteChanges(() => {
      if (stale.length > 0) store.remove(stale)
      putRemote([...records.values()].filter((r) => isDocumentScope(store, r.typeName)))
    })
  }

  const observer = (event: Y.YMapEvent<CanvasRecord>, transaction: Y.Transaction) => {
    if (transaction.origin === origin) return
    applyFromYjs(event.keysChanged)
  }
  records.observe(observer)

  const stopListening = store.listen(
    ({ changes }) => {
      doc.transact(() => {
        for (const record of Object.values(changes.added))
          records.set(record.id, asCanvasRecord(record))
        for (const [, to] of Object.values(changes.updated)) records.set(to.id, asCanvasRecord(to))
        for (const record of Object.values(changes.removed)) records.delete(record.id)
      }, origin)
    },
    { source: 'user', scope: 'document' },
  )

  return {
    origin,
    seedMissing() {
      const hasPage = [...records.values()].some((r) => r.typeName === 'page')
      const seed: TLRecord[] = []
      for (const record of documentRecords(store)) {
        if (record.typeName === 'document' && !records.has(record.id))
          seed.push({ ...record, gridSize: GRID_SIZE })
        else if (record.id === 'page:page' && !hasPage) seed.push(record)
      }
      if (seed.length === 0) return false
      store.mergeRemoteChanges(() => store.put(seed))
      doc.transact(() => {
        for (const record of seed) records.set(record.id, asCanvasRecord(record))
      }, origin)
      return true
    },
    dispose() {
      stopListening()
      records.unobserve(observer)
    },
  }
}
