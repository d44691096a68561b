// React access to the scan queue: its entries (oldest first) and what the person can do with
// a conflict. Also whether the browser thinks it is online.
import { useCallback, useEffect, useSyncExternalStore } from 'react'
import { useSessionQuery } from '../../auth/hooks/use-session.ts'
import type { OfflineQueueState } from './offline-queue.ts'
import { getScanQueue, setScanQueueOwner } from './scan-queue.ts'
import type { SubmitScanResult } from './scan-action.ts'

export interface OfflineQueueView extends OfflineQueueState {
  /** Waiting to be sent (or on the wire now). */
  pendingCount: number
  /** Refused by the api: the person decides. */
  conflictCount: number
  online: boolean
  replay: () => Promise<void>
  discard: (id: string) => Promise<void>
  retry: (id: string) => Promise<SubmitScanResult | null>
  edit: (id: string, change: { input: unknown; label: string }) => Promise<SubmitScanResult | null>
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener)
  window.addEventListener('offline', listener)
  return () => {
    window.removeEventListener('online', listener)
    window.removeEventListener('offline', listener)
  }
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  )
}

/** Mount wherever scans are made (OfflineQueuePanel does): it tells the queue who acts. */
export function useOfflineQueue(): OfflineQueueView {
  const queue = getScanQueue()
  const userId = useSessionQuery().data?.user.id ?? null
  useEffect(() => setScanQueueOwner(userId), [userId])
  const subscribe = useCallback((listener: () => void) => queue.subscribe(listener), [queue])
  const state = useSyncExternalStore(subscribe, queue.getState, queue.getState)
  const online = useOnline()
  const conflictCount = state.entries.filter((entry) => entry.status === 'conflict').length
  return {
    ...state,
    pendingCount: state.entries.length - conflictCount,
    conflictCount,
    online,
    replay: queue.replay,
    discard: queue.discard,
    retry: queue.retry,
    edit: queue.edit,
  }
}
