// The browser's one scan queue: IndexedDB-backed, sending through tRPC, replayed when the
// connection returns, when the page becomes visible again, and every 20 s while actions wait.
import { createIndexedDbQueueStore } from './indexeddb-store.ts'
import { createOfflineQueue, type OfflineQueue } from './offline-queue.ts'
import { createMemoryQueueStore } from './queue-store.ts'
import type { ScanAction, SubmitScanResult } from './scan-action.ts'
import { createScanClient, sendScanAction } from './send-scan-action.ts'

const RETRY_EVERY_MS = 20_000
const LOCK_NAME = 'growops-scan-queue'

/** Replays from two tabs never interleave: each takes the lock (where Web Locks exist). */
function exclusive<T>(run: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator)
    return navigator.locks.request(LOCK_NAME, () => run()) as Promise<T>
  return run()
}

let queue: OfflineQueue | null = null
let owner: string | null = null

/** Who is signed in (useOfflineQueue keeps it current): their actions are the ones sent. */
export function setScanQueueOwner(userId: string | null): void {
  if (userId === owner) return
  owner = userId
  void queue?.ownerChanged()
}

function startTriggers(target: OfflineQueue): void {
  const replay = () => void target.replay()
  window.addEventListener('online', replay)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') replay()
  })
  window.setInterval(() => {
    const waiting = target.getState().entries.some((entry) => entry.status === 'pending')
    if (waiting && navigator.onLine) replay()
  }, RETRY_EVERY_MS)
  // Actions left from an earlier visit go out as soon as the page opens.
  replay()
}

/** The page's queue, made (and its replay triggers started) on first use. */
export function getScanQueue(): OfflineQueue {
  if (queue) return queue
  const client = createScanClient()
  queue = createOfflineQueue({
    store:
      typeof indexedDB === 'undefined' ? createMemoryQueueStore() : createIndexedDbQueueStore(),
    send: (entry) => sendScanAction(client, entry),
    isOnline: () => navigator.onLine,
    owner: () => owner,
    exclusive,
  })
  startTriggers(queue)
  return queue
}

/**
 * Does what the person scanned: sent at once when online (applied, or a conflict to show),
 * otherwise kept on the phone and sent in order when the connection returns (queued).
 */
export function submitScanAction(action: ScanAction): Promise<SubmitScanResult> {
  return getScanQueue().submit(action)
}
