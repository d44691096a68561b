// One property's live layout document in the browser: a Y.Doc kept in IndexedDB (edits
// made offline survive a reload and merge on reconnect) and synced through Hocuspocus.
// The session cookie authenticates the WebSocket (same site), so no token is sent.
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider'
import { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'
import { renewPresenceAfterReconnect } from './renew-presence.ts'

export type ConnectionState = 'connecting' | 'connected' | 'offline' | 'denied'
/** saving: sent, not yet confirmed; saved: the server has it; local: kept in this browser only. */
export type SaveState = 'saving' | 'saved' | 'local'

export interface LayoutConnectionState {
  connection: ConnectionState
  save: SaveState
  /** The first exchange with the server finished (the document is the server's). */
  synced: boolean
  /** The browser copy was loaded (or IndexedDB is unavailable). */
  localLoaded: boolean
  /** The server made this connection read-only. */
  readOnly: boolean
}

export interface LayoutConnection {
  doc: Y.Doc
  provider: HocuspocusProvider
  getState(): LayoutConnectionState
  subscribe(listener: () => void): () => void
  destroy(): void
}

/** `collabUrl` from `layout.connection`, or the page's own host at `/collab`. */
export function collabWebSocketUrl(
  collabUrl: string | null,
  location: { protocol: string; host: string },
): string {
  if (collabUrl) return collabUrl
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${scheme}//${location.host}/collab`
}

export function deriveSaveState(s: {
  connected: boolean
  synced: boolean
  unsyncedChanges: number
}): SaveState {
  if (!s.connected || !s.synced) return 'local'
  return s.unsyncedChanges > 0 ? 'saving' : 'saved'
}

export function openLayoutConnection(options: {
  documentName: string
  url: string
}): LayoutConnection {
  const doc = new Y.Doc()
  const listeners = new Set<() => void>()
  let status: WebSocketStatus = WebSocketStatus.Connecting
  let denied = false
  let localLoaded = false
  let state: LayoutConnectionState

  let persistence: IndexeddbPersistence | null = null
  try {
    persistence = new IndexeddbPersistence(options.documentName, doc)
    void persistence.whenSynced.then(() => {
      localLoaded = true
      update()
    })
  } catch {
    // No IndexedDB (private mode, old browser): online editing still works.
    localLoaded = true
  }

  const provider = new HocuspocusProvider({
    url: options.url,
    name: options.documentName,
    document: doc,
    token: '',
    onStatus: ({ status: next }) => {
      status = next
      update()
    },
    onSynced: () => update(),
    onUnsyncedChanges: () => update(),
    onAuthenticated: () => update(),
    onAuthenticationFailed: () => {
      denied = true
      update()
    },
  })

  const stopRenewingPresence = renewPresenceAfterReconnect(provider)

  function compute(): LayoutConnectionState {
    const connected = status === WebSocketStatus.Connected
    return {
      connection: denied
        ? 'denied'
        : connected
          ? 'connected'
          : status === WebSocketStatus.Connecting
            ? 'connecting'
            : 'offline',
      save: deriveSaveState({
        connected,
        synced: provider.synced,
        unsyncedChanges: provider.unsyncedChanges,
      }),
      synced: provider.synced,
      localLoaded,
      readOnly: provider.authorizedScope === 'readonly',
    }
  }

  function update() {
    const next = compute()
    if (
      state &&
      next.connection === state.connection &&
      next.save === state.save &&
      next.synced === state.synced &&
      next.localLoaded === state.localLoaded &&
      next.readOnly === state.readOnly
    )
      return
    state = next
    for (const listener of listeners) listener()
  }
  state = compute()

  return {
    doc,
    provider,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    destroy() {
      listeners.clear()
      stopRenewingPresence()
      provider.destroy()
      void persistence?.destroy()
      doc.destroy()
    },
  }
}
