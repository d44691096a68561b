// A small promise wrapper over IndexedDB: one database, one object store keyed by the
// action's idempotency key. Nothing else needs a library.
import type { QueueStore } from './queue-store.ts'
import type { QueueEntry } from './scan-action.ts'

const DATABASE = 'growops-scan'
const STORE = 'queue'

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const open = factory.open(DATABASE, 1)
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(STORE))
      open.result.createObjectStore(STORE, { keyPath: 'id' })
  }
  return request(open)
}

/** Resolves when the transaction has committed, so a written entry survives a closed tab. */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'))
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'))
  })
}

export function createIndexedDbQueueStore(factory: IDBFactory = indexedDB): QueueStore {
  let database: Promise<IDBDatabase> | null = null
  const db = () => (database ??= openDatabase(factory))
  return {
    async list() {
      const tx = (await db()).transaction(STORE, 'readonly')
      return request(tx.objectStore(STORE).getAll() as IDBRequest<QueueEntry[]>)
    },
    async put(entry) {
      const tx = (await db()).transaction(STORE, 'readwrite')
      tx.objectStore(STORE).put(entry)
      await committed(tx)
    },
    async remove(id) {
      const tx = (await db()).transaction(STORE, 'readwrite')
      tx.objectStore(STORE).delete(id)
      await committed(tx)
    },
  }
}
