// State the comments panel and the pins over the canvas share without H4's page having to
// carry it: which thread is open, whether the next canvas click places a new comment, and
// the anchor of the comment being written. One store per Y.Doc (per open layout).
import type { CommentAnchor } from '@growops/domain'
import { useCallback, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { listThreads, observeComments, type CommentThreadView } from './comments-model.ts'

export interface CommentUiState {
  /** The thread opened from a pin or the panel. */
  activeThreadId: string | null
  /** True while the next click on the canvas picks the point of a new comment. */
  pickingPoint: boolean
  /** Where the comment being written will be pinned. */
  draftAnchor: CommentAnchor | null
}

const INITIAL: CommentUiState = { activeThreadId: null, pickingPoint: false, draftAnchor: null }

interface UiStore {
  get: () => CommentUiState
  set: (patch: Partial<CommentUiState>) => void
  subscribe: (listener: () => void) => () => void
}

function createUiStore(): UiStore {
  let state = INITIAL
  const listeners = new Set<() => void>()
  return {
    get: () => state,
    set: (patch) => {
      state = { ...state, ...patch }
      for (const listener of listeners) listener()
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

const stores = new WeakMap<Y.Doc, UiStore>()

/** The shared comment UI store of a layout document (created on first use). */
export function commentUiStore(doc: Y.Doc): UiStore {
  let store = stores.get(doc)
  if (!store) {
    store = createUiStore()
    stores.set(doc, store)
  }
  return store
}

export function useCommentUi(
  doc: Y.Doc,
): [CommentUiState, (patch: Partial<CommentUiState>) => void] {
  const store = commentUiStore(doc)
  const state = useSyncExternalStore(store.subscribe, store.get, store.get)
  const set = useCallback((patch: Partial<CommentUiState>) => store.set(patch), [store])
  return [state, set]
}

interface ThreadsCache {
  value: CommentThreadView[]
  stale: boolean
}
const threadCaches = new WeakMap<Y.Doc, ThreadsCache>()

function threadsCache(doc: Y.Doc): ThreadsCache {
  let cache = threadCaches.get(doc)
  if (!cache) {
    const created: ThreadsCache = { value: listThreads(doc), stale: false }
    observeComments(doc, () => {
      created.stale = true
    })
    threadCaches.set(doc, created)
    cache = created
  }
  return cache
}

/** Every thread of the document, re-read whenever a thread or message changes anywhere. */
export function useCommentThreads(doc: Y.Doc): CommentThreadView[] {
  const subscribe = useCallback(
    (onChange: () => void) =>
      observeComments(doc, () => {
        threadsCache(doc).stale = true
        onChange()
      }),
    [doc],
  )
  const getSnapshot = useCallback(() => {
    const cache = threadsCache(doc)
    if (cache.stale) {
      cache.value = listThreads(doc)
      cache.stale = false
    }
    return cache.value
  }, [doc])
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}
