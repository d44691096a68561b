// Stores every layout document incrementally: each update that reaches this instance from
// one of its own clients is queued and appended to the PostgreSQL log within `flushDelayMs`
// (one merged row per document and window), so a crash loses at most that window. The log
// is folded into the document's state in the background. A failed append keeps the updates
// in memory, retries with backoff, and keeps the document loaded until they are stored.
import {
  isTransactionOrigin,
  type Document,
  type Extension,
  type Hocuspocus,
} from '@hocuspocus/server'
import * as Y from 'yjs'
import type { LayoutDocumentStore } from '../persistence/layout-document-store.ts'

export interface PersistenceSettings {
  store: LayoutDocumentStore
  /** The longest an update waits in memory before it is appended (the crash-loss window). */
  flushDelayMs: number
  /** Compact a document once this many log rows were appended since its last compaction. */
  compactAfterRows: number
  /** Compact every document with new log rows this often. */
  compactIntervalMs: number
  /** Backoff of a failed append: doubles from `retryInitialMs` up to `retryMaxMs`. */
  retryInitialMs: number
  retryMaxMs: number
  log: (message: string) => void
}

export const DEFAULT_PERSISTENCE_SETTINGS: Omit<PersistenceSettings, 'store'> = {
  flushDelayMs: 250,
  compactAfterRows: 200,
  compactIntervalMs: 30_000,
  retryInitialMs: 250,
  retryMaxMs: 10_000,
  log: (message) => console.error(`[collab] ${message}`),
}

export interface PersistenceMetrics {
  /** Updates received but not stored yet, over all documents. */
  pendingUpdates: number
  pendingBytes: number
  documentsWithUnstoredUpdates: number
  storedRows: number
  storeFailures: number
  lastStoredAt: string | null
  lastStoreFailureAt: string | null
  compactions: number
  compactionFailures: number
  lastCompactedAt: string | null
}

interface DocumentState {
  name: string
  document: Document | null
  pending: Uint8Array[]
  pendingBytes: number
  /** The running append loop, if any: one writer per document keeps the log in order. */
  draining: Promise<void> | null
  timer: NodeJS.Timeout | null
  failures: number
  rowsSinceCompaction: number
  compacting: Promise<void> | null
}

export interface Persistence {
  extension: Extension
  metrics(): PersistenceMetrics
}

function mergeAll(updates: Uint8Array[]): Uint8Array {
  return updates.length === 1 && updates[0] ? updates[0] : Y.mergeUpdates(updates)
}

export function createPersistence(
  settings: Partial<PersistenceSettings> & { store: LayoutDocumentStore },
): Persistence {
  const config: PersistenceSettings = { ...DEFAULT_PERSISTENCE_SETTINGS, ...settings }
  const { store } = config
  const states = new Map<string, DocumentState>()
  const counters = { storedRows: 0, storeFailures: 0, compactions: 0, compactionFailures: 0 }
  const times = {
    lastStoredAt: null as Date | null,
    lastStoreFailureAt: null as Date | null,
    lastCompactedAt: null as Date | null,
  }
  let instance: Hocuspocus | null = null
  let compactionTimer: NodeJS.Timeout | null = null

  function stateOf(name: string): DocumentState {
    let state = states.get(name)
    if (!state) {
      state = {
        name,
        document: null,
        pending: [],
        pendingBytes: 0,
        draining: null,
        timer: null,
        failures: 0,
        rowsSinceCompaction: 0,
        compacting: null,
      }
      states.set(name, state)
    }
    return state
  }

  function schedule(state: DocumentState, delayMs: number): void {
    if (state.timer) return
    state.timer = setTimeout(() => {
      state.timer = null
      drain(state).catch(() => undefined)
    }, delayMs)
  }

  /** Appends everything pending, one merged row at a time; one loop per document. */
  function drain(state: DocumentState): Promise<void> {
    if (state.draining) return state.draining
    if (state.pending.length === 0) return Promise.resolve()
    const running = appendPending(state).finally(() => {
      state.draining = null
    })
    state.draining = running
    return running
  }

  async function appendPending(state: DocumentState): Promise<void> {
    try {
      while (state.pending.length > 0) {
        const update = mergeAll(state.pending.splice(0))
        try {
          await store.append(state.name, update)
        } catch (error) {
          // The merged update goes back in front of anything that arrived meanwhile.
          state.pending.unshift(update)
          throw error
        } finally {
          state.pendingBytes = state.pending.reduce((sum, u) => sum + u.byteLength, 0)
        }
        counters.storedRows++
        times.lastStoredAt = new Date()
        state.rowsSinceCompaction++
      }
    } catch (error) {
      onStoreFailure(state, error)
      throw error
    }
    state.failures = 0
    if (state.rowsSinceCompaction >= config.compactAfterRows) void compact(state)
  }

  function onStoreFailure(state: DocumentState, error: unknown): void {
    counters.storeFailures++
    times.lastStoreFailureAt = new Date()
    state.failures++
    const delay = Math.min(config.retryMaxMs, config.retryInitialMs * 2 ** (state.failures - 1))
    config.log(
      `storing ${state.name} failed (${String(error instanceof Error ? error.message : error).slice(0, 200)}); ` +
        `${state.pending.length} update(s) kept in memory, retrying in ${delay} ms`,
    )
    // Clear any flush timer so that the backoff, not the flush window, decides the retry.
    if (state.timer) clearTimeout(state.timer)
    state.timer = null
    state.timer = setTimeout(() => {
      state.timer = null
      drain(state).then(
        () => unloadIfIdle(state),
        () => undefined,
      )
    }, delay)
  }

  /** A document kept loaded because of unstored updates unloads once they are stored. */
  function unloadIfIdle(state: DocumentState): void {
    const document = state.document
    if (!instance || !document || document.getConnectionsCount() > 0) return
    if (instance.documents.get(state.name) !== document) return
    void instance.unloadDocument(document)
  }

  /** Folds the document's log into its state; never rejects (a failure is retried later). */
  function compact(state: DocumentState): Promise<void> {
    if (state.compacting) return state.compacting
    const rowsBefore = state.rowsSinceCompaction
    const running = store
      .compact(state.name)
      .then(
        () => {
          state.rowsSinceCompaction = Math.max(0, state.rowsSinceCompaction - rowsBefore)
          counters.compactions++
          times.lastCompactedAt = new Date()
        },
        (error: unknown) => {
          counters.compactionFailures++
          config.log(`compacting ${state.name} failed: ${String(error).slice(0, 200)}`)
        },
      )
      .finally(() => {
        state.compacting = null
      })
    state.compacting = running
    return running
  }

  const extension: Extension = {
    extensionName: 'growops-persistence',

    onConfigure({ instance: configured }) {
      instance = configured
      compactionTimer = setInterval(() => {
        for (const state of states.values()) {
          if (state.rowsSinceCompaction > 0) void compact(state)
        }
      }, config.compactIntervalMs)
      compactionTimer.unref()
      return Promise.resolve()
    },

    async onLoadDocument({ documentName, document }) {
      const stored = await store.load(documentName)
      const parts = stored.updates.slice()
      if (stored.state) parts.unshift(stored.state)
      if (parts.length > 0) Y.applyUpdate(document, mergeAll(parts))
      const state = stateOf(documentName)
      state.document = document
      state.rowsSinceCompaction = stored.updates.length
      if (state.rowsSinceCompaction >= config.compactAfterRows) void compact(state)
    },

    onChange({ documentName, document, update, transactionOrigin }) {
      // Updates relayed by Redis were stored by the instance whose client made them.
      if (isTransactionOrigin(transactionOrigin) && transactionOrigin.source === 'redis') {
        return Promise.resolve()
      }
      const state = stateOf(documentName)
      state.document = document
      state.pending.push(update)
      state.pendingBytes += update.byteLength
      // During a backoff the retry timer is already set and stores these too.
      schedule(state, config.flushDelayMs)
      return Promise.resolve()
    },

    async onStoreDocument({ documentName }) {
      const state = states.get(documentName)
      if (!state || (state.pending.length === 0 && !state.draining)) return
      if (state.timer && state.failures > 0) return // in backoff: the retry stores it
      if (state.timer) clearTimeout(state.timer)
      state.timer = null
      // A failure schedules its own retry; the unload guard below keeps the document.
      await drain(state).catch(() => undefined)
    },

    async beforeUnloadDocument({ documentName }) {
      const state = states.get(documentName)
      if (!state) return
      if (state.draining) await state.draining.catch(() => undefined)
      if (state.pending.length > 0 && state.failures === 0) {
        if (state.timer) clearTimeout(state.timer)
        state.timer = null
        await drain(state).catch(() => undefined)
      }
      if (state.pending.length > 0) {
        // Rejecting keeps the document loaded (Hocuspocus aborts the unload).
        throw new Error(
          `${documentName} stays loaded: ${state.pending.length} update(s) not stored yet`,
        )
      }
    },

    async afterUnloadDocument({ documentName }) {
      const state = states.get(documentName)
      if (!state || instance?.documents.has(documentName)) return
      if (state.timer) clearTimeout(state.timer)
      states.delete(documentName)
      if (state.rowsSinceCompaction > 0) await compact(state)
    },

    onDestroy() {
      if (compactionTimer) clearInterval(compactionTimer)
      for (const state of states.values()) if (state.timer) clearTimeout(state.timer)
      return Promise.resolve()
    },
  }

  return {
    extension,
    metrics() {
      let pendingUpdates = 0
      let pendingBytes = 0
      let documentsWithUnstoredUpdates = 0
      for (const state of states.values()) {
        pendingUpdates += state.pending.length
        pendingBytes += state.pendingBytes
        if (state.pending.length > 0) documentsWithUnstoredUpdates++
      }
      return {
        pendingUpdates,
        pendingBytes,
        documentsWithUnstoredUpdates,
        ...counters,
        lastStoredAt: times.lastStoredAt?.toISOString() ?? null,
        lastStoreFailureAt: times.lastStoreFailureAt?.toISOString() ?? null,
        lastCompactedAt: times.lastCompactedAt?.toISOString() ?? null,
      }
    },
  }
}
