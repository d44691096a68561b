// The offline queue: every scan action is written to the store first, then sent in creation
// order, one at a time. A failure without an answer keeps it pending for the next replay; an
// answer that refuses it (a conflict) keeps it for the person to resolve. Replays reuse the
// action's idempotency key, so an action whose first answer was lost is answered with the
// stored result and counts as applied: nothing is applied twice.
import { classifySendFailure, type SendFailure } from './classify-error.ts'
import type { QueueStore } from './queue-store.ts'
import type { QueueEntry, ScanAction, ScanActionError, SubmitScanResult } from './scan-action.ts'

export interface OfflineQueueOptions {
  store: QueueStore
  /** Sends one action (with `entry.id` as its idempotency key); resolves with the answer. */
  send: (entry: QueueEntry) => Promise<unknown>
  classify?: (error: unknown) => SendFailure
  isOnline?: () => boolean
  newKey?: () => string
  now?: () => number
  /** The signed-in person's id: actions are stamped with it and only sent by them. */
  owner?: () => string | null
  /** Runs a replay exclusively (across tabs: Web Locks); defaults to running it as is. */
  exclusive?: <T>(run: () => Promise<T>) => Promise<T>
}

export interface OfflineQueueState {
  /** The signed-in person's actions, oldest first. */
  entries: readonly QueueEntry[]
  replaying: boolean
  /** The last send was refused because the session ended: sign in again to continue. */
  needsSignIn: boolean
}

export interface OfflineQueue {
  submit: (action: ScanAction) => Promise<SubmitScanResult>
  /** Sends every pending action in order; resolves when done or when sending must wait. */
  replay: () => Promise<void>
  discard: (id: string) => Promise<void>
  /** Sends a conflicting action again as it was (the situation may have changed). */
  retry: (id: string) => Promise<SubmitScanResult | null>
  /** Replaces a conflicting action's input (e.g. another destination) and sends it again. */
  edit: (id: string, change: { input: unknown; label: string }) => Promise<SubmitScanResult | null>
  getState: () => OfflineQueueState
  /** Someone else signed in: show their actions and send those waiting. */
  ownerChanged: () => Promise<void>
  subscribe: (listener: () => void) => () => void
}

function byCreation(a: QueueEntry, b: QueueEntry): number {
  return a.createdAt - b.createdAt || a.sequence - b.sequence
}

export function createOfflineQueue(options: OfflineQueueOptions): OfflineQueue {
  const { store, send } = options
  const classify = options.classify ?? classifySendFailure
  const isOnline = options.isOnline ?? (() => true)
  const newKey = options.newKey ?? (() => crypto.randomUUID())
  const now = options.now ?? Date.now
  const exclusive = options.exclusive ?? ((run) => run())
  const owner = options.owner ?? (() => null)
  /** With owners, nothing is sent while nobody is signed in. */
  const canSend = () => !options.owner || owner() !== null

  const entries = new Map<string, QueueEntry>()
  const outcomes = new Map<string, SubmitScanResult>()
  /** Actions someone awaits (submit, retry, edit): only their outcomes are kept. */
  const waiting = new Set<string>()
  const listeners = new Set<() => void>()
  let state: OfflineQueueState = { entries: [], replaying: false, needsSignIn: false }
  let sequence = 0
  let loaded: Promise<void> | null = null
  let running: Promise<void> | null = null

  /** Another person's actions stay stored, unseen and unsent, until they sign in again. */
  function mine(): QueueEntry[] {
    const current = owner()
    return [...entries.values()]
      .filter((entry) => entry.owner === null || entry.owner === current)
      .sort(byCreation)
  }

  function publish(patch: Partial<OfflineQueueState> = {}): void {
    state = { ...state, ...patch, entries: mine() }
    for (const listener of listeners) listener()
  }

  /** Reads the store (the truth, shared by every tab); a half-sent action is pending again. */
  async function reload(): Promise<void> {
    const stored = await store.list()
    entries.clear()
    for (const entry of stored) {
      entries.set(entry.id, entry.status === 'sending' ? { ...entry, status: 'pending' } : entry)
      sequence = Math.max(sequence, entry.sequence + 1)
    }
    publish()
  }

  const ensureLoaded = () => (loaded ??= reload())

  async function settle(entry: QueueEntry, outcome: SubmitScanResult): Promise<void> {
    if (waiting.has(entry.id)) outcomes.set(entry.id, outcome)
    if (outcome.status === 'conflict') {
      const kept: QueueEntry = { ...entry, status: 'conflict', error: outcome.error }
      entries.set(entry.id, kept)
      await store.put(kept)
    } else {
      entries.delete(entry.id)
      await store.remove(entry.id)
    }
  }

  /** Sends one entry; false when sending has to stop for now. */
  async function sendOne(entry: QueueEntry): Promise<boolean> {
    const sending: QueueEntry = { ...entry, status: 'sending', attempts: entry.attempts + 1 }
    entries.set(entry.id, sending)
    publish()
    let result: unknown
    try {
      result = await send(sending)
    } catch (error) {
      const failure = classify(error)
      if (failure.kind === 'conflict') {
        await settle(sending, { status: 'conflict', id: entry.id, error: failure.error })
        return true
      }
      if (failure.kind === 'alreadyDone') {
        await settle(sending, { status: 'applied', result: null })
        return true
      }
      const pending: QueueEntry = { ...sending, status: 'pending' }
      entries.set(entry.id, pending)
      await store.put(pending)
      if (failure.kind === 'signIn') publish({ needsSignIn: true })
      return false
    }
    await settle(sending, { status: 'applied', result })
    publish({ needsSignIn: false })
    return true
  }

  function nextPending(): QueueEntry | undefined {
    if (!canSend()) return undefined
    return mine().find((entry) => entry.status === 'pending')
  }

  async function runReplay(): Promise<void> {
    await ensureLoaded()
    await exclusive(async () => {
      // Another tab may have sent some of ours meanwhile.
      await reload()
      let next = nextPending()
      while (next && isOnline()) {
        if (!(await sendOne(next))) break
        next = nextPending()
      }
    })
  }

  function replay(): Promise<void> {
    running ??= (async () => {
      publish({ replaying: true })
      try {
        await runReplay()
      } finally {
        running = null
        publish({ replaying: false })
      }
    })()
    return running
  }

  /**
   * Waits for a running replay, then replays again so that `id` is sent in its turn (after
   * every older pending action). `id` must be in `waiting` already.
   */
  async function sendInTurn(id: string): Promise<SubmitScanResult> {
    try {
      if (running) await running
      if (!outcomes.has(id) && isOnline()) await replay()
      return outcomes.get(id) ?? { status: 'queued', id }
    } finally {
      outcomes.delete(id)
      waiting.delete(id)
    }
  }

  return {
    async submit(action) {
      await ensureLoaded()
      const entry: QueueEntry = {
        id: newKey(),
        type: action.type,
        input: action.input,
        label: action.label,
        createdAt: now(),
        sequence: sequence++,
        status: 'pending',
        attempts: 0,
        owner: owner(),
      }
      if (!isOnline()) {
        await store.put(entry)
        entries.set(entry.id, entry)
        publish()
        return { status: 'queued', id: entry.id }
      }
      waiting.add(entry.id)
      // Stored before it is sent: a tab closed mid-request replays it with the same key.
      await store.put(entry)
      entries.set(entry.id, entry)
      publish()
      return sendInTurn(entry.id)
    },
    replay,
    async discard(id) {
      await ensureLoaded()
      entries.delete(id)
      await store.remove(id)
      publish()
    },
    async retry(id) {
      await ensureLoaded()
      const entry = entries.get(id)
      if (!entry || entry.status !== 'conflict') return null
      const pending: QueueEntry = { ...entry, status: 'pending' }
      delete pending.error
      waiting.add(id)
      entries.set(id, pending)
      await store.put(pending)
      publish()
      return sendInTurn(id)
    },
    async edit(id, change) {
      await ensureLoaded()
      const entry = entries.get(id)
      if (!entry || entry.status !== 'conflict') return null
      // The refused request stored nothing under its key; other input needs a new key anyway
      // (the api refuses a reused key with other input).
      const edited: QueueEntry = {
        ...entry,
        id: newKey(),
        input: change.input,
        label: change.label,
        status: 'pending',
        attempts: 0,
      }
      delete edited.error
      waiting.add(edited.id)
      await store.put(edited)
      await store.remove(id)
      entries.delete(id)
      entries.set(edited.id, edited)
      publish()
      return sendInTurn(edited.id)
    },
    getState: () => state,
    ownerChanged() {
      publish({ needsSignIn: false })
      return replay()
    },
    subscribe(listener) {
      listeners.add(listener)
      void ensureLoaded()
      return () => listeners.delete(listener)
    },
  }
}

export type { ScanActionError }
