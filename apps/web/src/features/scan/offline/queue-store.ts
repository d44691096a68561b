// Where queued scan actions live between page loads. The browser uses IndexedDB
// (indexeddb-store.ts); tests and browsers without IndexedDB use the in-memory store.
import type { QueueEntry } from './scan-action.ts'

export interface QueueStore {
  /** Every entry, in no particular order. */
  list(): Promise<QueueEntry[]>
  put(entry: QueueEntry): Promise<void>
  remove(id: string): Promise<void>
}

export function createMemoryQueueStore(initial: QueueEntry[] = []): QueueStore {
  const entries = new Map(initial.map((entry) => [entry.id, structuredClone(entry)]))
  return {
    list: () => Promise.resolve([...entries.values()].map((entry) => structuredClone(entry))),
    put: (entry) => {
      entries.set(entry.id, structuredClone(entry))
      return Promise.resolve()
    },
    remove: (id) => {
      entries.delete(id)
      return Promise.resolve()
    },
  }
}
