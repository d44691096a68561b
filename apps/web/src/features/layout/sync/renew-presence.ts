// Keeps this client's presence visible to the others across reconnections.
//
// Awareness states carry a clock, and a state is only taken when its clock is newer than the
// last one seen. When a socket closes, the server drops that client's state and tells everyone,
// keeping the clock; the provider then sends the same state, same clock, on its next
// connection, and the server and every peer ignore it. Until the state changes (a pointer
// move, or the 15 s renewal) the person is gone from everyone's presence bar. The provider
// also ignores the server's word that this client's own state was dropped (y-protocols bumps
// the clock for it, but the provider sends nothing for updates it applied itself).
import type { HocuspocusProvider } from '@hocuspocus/provider'

interface AwarenessUpdate {
  added: number[]
  updated: number[]
  removed: number[]
}

/** Sends the local state again, newer, after each (re)connection; returns the undo. */
export function renewPresenceAfterReconnect(provider: HocuspocusProvider): () => void {
  const awareness = provider.awareness
  if (!awareness) return () => {}
  const renew = () => {
    const state = awareness.getLocalState()
    if (state !== null) awareness.setLocalState({ ...state })
  }
  const onUpdate = ({ removed }: AwarenessUpdate, origin: unknown) => {
    // The server dropped this client's state (an old socket of ours closed late).
    if (origin === provider && removed.includes(awareness.clientID)) renew()
  }
  provider.on('authenticated', renew)
  awareness.on('update', onUpdate)
  return () => {
    provider.off('authenticated', renew)
    awareness.off('update', onUpdate)
  }
}
