import { TRPCClientError } from '@trpc/client'
import { describe, expect, it } from 'vitest'
import { classifySendFailure } from './classify-error.ts'
import { createOfflineQueue, type OfflineQueueOptions } from './offline-queue.ts'
import { createMemoryQueueStore, type QueueStore } from './queue-store.ts'
import type { QueueEntry, ScanAction } from './scan-action.ts'

/** An error as tRPC gives it when the api answered with a formatted domain error. */
function apiError(messageKey: string): TRPCClientError<never> {
  return new TRPCClientError(messageKey, {
    result: { error: { code: -32600, message: messageKey, data: { messageKey } } },
  } as never)
}

/** An error as tRPC gives it when no answer came back. */
function networkError(): TRPCClientError<never> {
  return new TRPCClientError('Failed to fetch', { cause: new TypeError('Failed to fetch') })
}

/**
 * A stand-in api that applies each idempotency key at most once, like run-idempotent.ts:
 * `plan` decides per call whether the answer is lost, refused, or arrives.
 */
function fakeApi() {
  const applied = new Map<string, { plantId: string; to: string }>()
  const calls: { key: string; input: unknown }[] = []
  let inFlight = 0
  let maxInFlight = 0
  type Plan = 'ok' | 'offline' | 'lostAnswer' | { refuse: string }
  const plans: Plan[] = []
  const send = async (entry: QueueEntry): Promise<unknown> => {
    inFlight += 1
    maxInFlight = Math.max(maxInFlight, inFlight)
    try {
      await new Promise((r) => setTimeout(r, 1))
      const plan = plans.shift() ?? 'ok'
      calls.push({ key: entry.id, input: entry.input })
      if (plan === 'offline') throw networkError()
      if (typeof plan === 'object') throw apiError(plan.refuse)
      const input = entry.input as { plantId: string; to: string }
      if (!applied.has(entry.id)) applied.set(entry.id, { plantId: input.plantId, to: input.to })
      if (plan === 'lostAnswer') throw networkError()
      return { moved: applied.get(entry.id) }
    } finally {
      inFlight -= 1
    }
  }
  return { applied, calls, plans, send, maxInFlight: () => maxInFlight }
}

function move(plantId: string, to: string): ScanAction {
  return { type: 'move', input: { plantId, to }, label: `${plantId} → ${to}` }
}

function setup(overrides: Partial<OfflineQueueOptions> = {}, store = createMemoryQueueStore()) {
  const api = fakeApi()
  let online = true
  let counter = 0
  const queue = createOfflineQueue({
    store,
    send: api.send,
    isOnline: () => online,
    newKey: () => `key-${String(++counter).padStart(4, '0')}`,
    ...overrides,
  })
  return { api, queue, store, setOnline: (value: boolean) => (online = value) }
}

async function storedIds(store: QueueStore): Promise<string[]> {
  return (await store.list()).map((entry) => entry.id).sort()
}

describe('offline scan queue', () => {
  it('online: sends at once with a fresh idempotency key and keeps nothing', async () => {
    const { api, queue, store } = setup()
    const result = await queue.submit(move('p1', 'A'))
    expect(result).toEqual({ status: 'applied', result: { moved: { plantId: 'p1', to: 'A' } } })
    expect(api.calls).toEqual([{ key: 'key-0001', input: { plantId: 'p1', to: 'A' } }])
    expect(await storedIds(store)).toEqual([])
    expect(queue.getState().entries).toEqual([])
  })

  it('offline: stores the actions, then replays them in creation order one at a time', async () => {
    const { api, queue, store, setOnline } = setup()
    setOnline(false)
    const results = [
      await queue.submit(move('p1', 'A')),
      await queue.submit(move('p2', 'B')),
      await queue.submit(move('p1', 'C')),
    ]
    expect(results.map((r) => r.status)).toEqual(['queued', 'queued', 'queued'])
    expect(api.calls).toEqual([])
    expect(await storedIds(store)).toEqual(['key-0001', 'key-0002', 'key-0003'])
    expect(queue.getState().entries.map((e) => e.status)).toEqual(['pending', 'pending', 'pending'])

    setOnline(true)
    await queue.replay()
    expect(api.calls.map((c) => c.key)).toEqual(['key-0001', 'key-0002', 'key-0003'])
    expect(api.maxInFlight()).toBe(1)
    expect(await storedIds(store)).toEqual([])
    expect(queue.getState().entries).toEqual([])
  })

  it('an answer lost on the way counts as applied when the replay gets the stored result', async () => {
    const { api, queue, store } = setup()
    api.plans.push('lostAnswer')
    expect(await queue.submit(move('p1', 'A'))).toEqual({ status: 'queued', id: 'key-0001' })
    expect(await storedIds(store)).toEqual(['key-0001'])

    await queue.replay()
    expect(api.calls.map((c) => c.key)).toEqual(['key-0001', 'key-0001'])
    expect(api.applied.size).toBe(1)
    expect(await storedIds(store)).toEqual([])
  })

  it('stops at the first failure without an answer and goes on from there next time', async () => {
    const { api, queue, setOnline } = setup()
    setOnline(false)
    for (const to of ['A', 'B', 'C']) await queue.submit(move('p1', to))
    setOnline(true)
    api.plans.push('ok', 'offline')
    await queue.replay()
    expect(api.calls.map((c) => c.key)).toEqual(['key-0001', 'key-0002'])
    expect(queue.getState().entries.map((e) => [e.id, e.status, e.attempts])).toEqual([
      ['key-0002', 'pending', 1],
      ['key-0003', 'pending', 0],
    ])
    await queue.replay()
    expect(api.calls.map((c) => c.key)).toEqual(['key-0001', 'key-0002', 'key-0002', 'key-0003'])
    expect([...api.applied.values()].map((m) => m.to)).toEqual(['A', 'B', 'C'])
  })

  it('keeps a refused action as a conflict with its message and sends the later ones', async () => {
    const { api, queue, store, setOnline } = setup()
    setOnline(false)
    await queue.submit(move('p1', 'A'))
    await queue.submit(move('p2', 'B'))
    setOnline(true)
    api.plans.push({ refuse: 'errors.POSITION.OCCUPIED' })
    await queue.replay()
    const [conflict] = queue.getState().entries
    expect(queue.getState().entries).toHaveLength(1)
    expect(conflict).toMatchObject({
      id: 'key-0001',
      status: 'conflict',
      error: { messageKey: 'errors.POSITION.OCCUPIED' },
    })
    expect([...api.applied.keys()]).toEqual(['key-0002'])
    // Stored as a conflict: a reload still shows it.
    expect((await store.list())[0]?.status).toBe('conflict')
    // A conflict is never sent again by itself.
    await queue.replay()
    expect(api.calls).toHaveLength(2)
  })

  it('answers submit with the conflict when the api refuses at once', async () => {
    const { api, queue } = setup()
    api.plans.push({ refuse: 'errors.PLANT.NOT_ACTIVE' })
    const result = await queue.submit(move('p1', 'A'))
    expect(result).toMatchObject({
      status: 'conflict',
      id: 'key-0001',
      error: { messageKey: 'errors.PLANT.NOT_ACTIVE' },
    })
  })

  it('resolves conflicts: discard drops it, retry resends the same key, edit sends new input under a new key', async () => {
    const { api, queue, store } = setup()
    api.plans.push(
      { refuse: 'errors.POSITION.OCCUPIED' },
      { refuse: 'errors.POSITION.OCCUPIED' },
      { refuse: 'errors.POSITION.OCCUPIED' },
    )
    await queue.submit(move('p1', 'A'))
    await queue.submit(move('p2', 'B'))
    await queue.submit(move('p3', 'C'))

    await queue.discard('key-0001')
    expect(await storedIds(store)).toEqual(['key-0002', 'key-0003'])

    expect(await queue.retry('key-0002')).toMatchObject({ status: 'applied' })
    expect(api.calls.at(-1)).toEqual({ key: 'key-0002', input: { plantId: 'p2', to: 'B' } })

    const edited = await queue.edit('key-0003', {
      input: { plantId: 'p3', to: 'D' },
      label: 'p3 → D',
    })
    expect(edited).toEqual({ status: 'applied', result: { moved: { plantId: 'p3', to: 'D' } } })
    expect(api.calls.at(-1)).toEqual({ key: 'key-0004', input: { plantId: 'p3', to: 'D' } })
    expect(await storedIds(store)).toEqual([])
    expect([...api.applied.values()].map((m) => m.to)).toEqual(['B', 'D'])
  })

  it('waits for a new sign-in when the session ended, keeping the action pending', async () => {
    const { api, queue } = setup()
    api.plans.push({ refuse: 'errors.http.UNAUTHORIZED' })
    expect((await queue.submit(move('p1', 'A'))).status).toBe('queued')
    expect(queue.getState()).toMatchObject({ needsSignIn: true, entries: [{ status: 'pending' }] })
    await queue.replay()
    expect(queue.getState()).toMatchObject({ needsSignIn: false, entries: [] })
  })

  it('a new action made while older ones wait is sent after them', async () => {
    const { api, queue, setOnline } = setup()
    setOnline(false)
    await queue.submit(move('p1', 'A'))
    await queue.submit(move('p1', 'B'))
    setOnline(true)
    const result = await queue.submit(move('p1', 'C'))
    expect(result.status).toBe('applied')
    expect(api.calls.map((c) => c.input)).toEqual([
      { plantId: 'p1', to: 'A' },
      { plantId: 'p1', to: 'B' },
      { plantId: 'p1', to: 'C' },
    ])
  })

  it('actions made during a replay join it in order, each sent once', async () => {
    const { api, queue, setOnline } = setup()
    setOnline(false)
    await queue.submit(move('p1', 'A'))
    setOnline(true)
    const replaying = queue.replay()
    const [b, c] = await Promise.all([
      queue.submit(move('p2', 'B')),
      queue.submit(move('p3', 'C')),
      replaying,
    ])
    expect([b.status, c.status]).toEqual(['applied', 'applied'])
    expect(api.calls.map((call) => call.key)).toEqual(['key-0001', 'key-0002', 'key-0003'])
    expect(api.maxInFlight()).toBe(1)
  })

  it('after a reload, an action that was on the wire is sent again under its key', async () => {
    const store = createMemoryQueueStore([
      {
        id: 'stored-key',
        type: 'move',
        input: { plantId: 'p9', to: 'Z' },
        label: 'p9 → Z',
        createdAt: 5,
        sequence: 0,
        status: 'sending',
        attempts: 1,
        owner: null,
      },
    ])
    const { api, queue } = setup({}, store)
    await queue.replay()
    expect(api.calls).toEqual([{ key: 'stored-key', input: { plantId: 'p9', to: 'Z' } }])
    expect(await storedIds(store)).toEqual([])
  })

  it('a shared phone: actions are sent only by the person who made them', async () => {
    let signedIn: string | null = 'ana'
    const { api, queue, setOnline } = setup({ owner: () => signedIn })
    setOnline(false)
    await queue.submit(move('p1', 'A'))
    signedIn = 'ben'
    await queue.ownerChanged()
    expect(queue.getState().entries).toEqual([])
    await queue.submit(move('p2', 'B'))
    setOnline(true)
    await queue.replay()
    expect(api.calls.map((c) => c.key)).toEqual(['key-0002'])

    signedIn = null
    await queue.ownerChanged()
    expect(api.calls).toHaveLength(1)

    signedIn = 'ana'
    await queue.ownerChanged()
    expect(api.calls.map((c) => c.key)).toEqual(['key-0002', 'key-0001'])
    expect(queue.getState().entries).toEqual([])
  })

  it('tells subscribers about every change', async () => {
    const { queue, setOnline } = setup()
    const seen: number[] = []
    queue.subscribe(() => seen.push(queue.getState().entries.length))
    setOnline(false)
    await queue.submit(move('p1', 'A'))
    setOnline(true)
    await queue.replay()
    expect(seen).toContain(1)
    expect(seen.at(-1)).toBe(0)
  })
})

describe('classifySendFailure', () => {
  it.each([
    ['no answer', networkError(), 'retry'],
    ['server error', apiError('errors.INTERNAL'), 'retry'],
    ['rate limited', apiError('errors.http.TOO_MANY_REQUESTS'), 'retry'],
    ['session ended', apiError('errors.http.UNAUTHORIZED'), 'signIn'],
    ['position taken', apiError('errors.POSITION.OCCUPIED'), 'conflict'],
    ['forbidden', apiError('errors.http.FORBIDDEN'), 'conflict'],
    ['already there', apiError('errors.PLANT.ALREADY_THERE'), 'alreadyDone'],
  ])('%s → %s', (_name, error, kind) => {
    expect(classifySendFailure(error).kind).toBe(kind)
  })
})
