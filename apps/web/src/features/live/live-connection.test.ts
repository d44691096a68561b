import type { LiveEnvelope, LiveSubscribe } from '@growops/domain'
import { describe, expect, it, vi } from 'vitest'
import {
  startLiveConnection,
  type LiveConnectionState,
  type LiveSocket,
} from './live-connection.ts'

const ORG = '0b6c7c3e-6d0c-4a43-8a57-1f6f6f1d2c11'

function envelope(seq: number): LiveEnvelope {
  return {
    seq: String(seq),
    type: 'notification.created',
    organizationId: ORG,
    propertyId: null,
    roomId: null,
    userId: null,
    payload: {},
    createdAt: '2026-11-21T10:00:00.000Z',
  }
}

/** A socket the test drives: connect/disconnect and pushes happen when the test says. */
class FakeSocket implements LiveSocket {
  connected = false
  subscriptions: LiveSubscribe[] = []
  private listeners = new Map<string, Set<(...args: never[]) => void>>()
  ackAnswer: unknown = { ok: true }

  on(event: string, listener: (...args: never[]) => void) {
    const set = this.listeners.get(event) ?? new Set()
    set.add(listener)
    this.listeners.set(event, set)
  }
  off(event: string, listener: (...args: never[]) => void) {
    this.listeners.get(event)?.delete(listener)
  }
  emit(_event: 'subscribe', payload: LiveSubscribe, ack: (answer: unknown) => void) {
    this.subscriptions.push(payload)
    queueMicrotask(() => ack(this.ackAnswer))
  }
  connect() {}
  disconnect() {}
  fire(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? [])
      (listener as (...values: unknown[]) => void)(...args)
  }
  up() {
    this.connected = true
    this.fire('connect')
  }
  down() {
    this.connected = false
    this.fire('disconnect', 'transport close')
  }
}

/** The server's event log, answering `live.since` / `live.latest` as the api does. */
function serverLog() {
  const log: LiveEnvelope[] = []
  const sinceCalls: string[] = []
  return {
    log,
    sinceCalls,
    catchUp: {
      since: (afterSeq: string, limit: number) => {
        sinceCalls.push(afterSeq)
        const after = log.filter((item) => Number(item.seq) > Number(afterSeq))
        return Promise.resolve({ events: after.slice(0, limit), hasMore: after.length > limit })
      },
      latest: () => Promise.resolve(log.length > 0 ? log[log.length - 1]!.seq : null),
    },
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

function start(
  socket: FakeSocket,
  server: ReturnType<typeof serverLog>,
  stored: string | null = null,
) {
  const applied: string[] = []
  const states: LiveConnectionState[] = []
  let saved = stored
  const connection = startLiveConnection({
    socket,
    subscription: { organizationId: ORG, propertyIds: [], roomIds: [] },
    catchUp: server.catchUp,
    storage: { read: () => saved, write: (seq) => (saved = seq) },
    onEvents: (items) => applied.push(...items.map((item) => item.seq)),
    onState: (state) => states.push(state),
    pageSize: 3,
  })
  return { connection, applied, states, saved: () => saved }
}

describe('live connection', () => {
  it('subscribes on connect, starts from live.latest on a first visit, then applies pushes', async () => {
    const socket = new FakeSocket()
    const server = serverLog()
    server.log.push(envelope(1), envelope(2))
    const { applied, states, saved } = start(socket, server)
    socket.up()
    await flush()
    expect(socket.subscriptions).toEqual([{ organizationId: ORG, propertyIds: [], roomIds: [] }])
    expect(applied).toEqual([])
    expect(states.at(-1)).toBe('live')
    socket.fire('live', envelope(3))
    expect(applied).toEqual(['3'])
    expect(saved()).toBe('3')
  })

  it('a client disconnected during events catches up with every id exactly once, in order', async () => {
    const socket = new FakeSocket()
    const server = serverLog()
    const { applied, states } = start(socket, server, '0')
    socket.up()
    await flush()
    for (const seq of [1, 2]) {
      server.log.push(envelope(seq))
      socket.fire('live', envelope(seq))
    }
    socket.down()
    expect(states.at(-1)).toBe('reconnecting')
    // Missed while away (more than one page), and one pushed twice around the reconnect.
    for (const seq of [3, 4, 5, 6, 7]) server.log.push(envelope(seq))
    socket.up()
    socket.fire('live', envelope(7))
    server.log.push(envelope(8))
    socket.fire('live', envelope(8))
    await flush()
    expect(applied).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(server.sinceCalls).toEqual(['0', '2', '5'])
    expect(states.at(-1)).toBe('live')
  })

  it('holds pushes that arrive while catching up and applies them after the missed ones', async () => {
    const socket = new FakeSocket()
    const server = serverLog()
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const since = server.catchUp.since
    server.catchUp.since = async (after, limit) => {
      await gate
      return since(after, limit)
    }
    server.log.push(envelope(1), envelope(2))
    const { applied } = start(socket, server, '0')
    socket.up()
    await flush()
    server.log.push(envelope(3))
    socket.fire('live', envelope(3))
    expect(applied).toEqual([])
    release()
    await flush()
    expect(applied).toEqual(['1', '2', '3'])
  })

  it('gives up replaying after too many pages and asks the screens to refetch', async () => {
    const socket = new FakeSocket()
    const server = serverLog()
    for (let seq = 1; seq <= 40; seq += 1) server.log.push(envelope(seq))
    const onResync = vi.fn()
    let saved: string | null = '0'
    startLiveConnection({
      socket,
      subscription: { organizationId: ORG, propertyIds: [], roomIds: [] },
      catchUp: server.catchUp,
      storage: { read: () => saved, write: (seq) => (saved = seq) },
      onEvents: () => {},
      onState: () => {},
      onResync,
      pageSize: 3,
      maxPages: 2,
    })
    socket.up()
    await flush()
    expect(onResync).toHaveBeenCalledOnce()
    expect(saved).toBe('40')
  })

  it('a refused subscription retries later instead of claiming to be live', async () => {
    vi.useFakeTimers()
    try {
      const socket = new FakeSocket()
      socket.ackAnswer = { ok: false }
      const { states } = start(socket, serverLog(), '0')
      socket.up()
      await vi.advanceTimersByTimeAsync(0)
      expect(states).not.toContain('live')
      socket.ackAnswer = { ok: true }
      await vi.advanceTimersByTimeAsync(1_000)
      expect(socket.subscriptions).toHaveLength(2)
      expect(states.at(-1)).toBe('live')
    } finally {
      vi.useRealTimers()
    }
  })

  it('close stops listening', async () => {
    const socket = new FakeSocket()
    const { connection, applied } = start(socket, serverLog(), '0')
    socket.up()
    await flush()
    connection.close()
    socket.fire('live', envelope(1))
    expect(applied).toEqual([])
  })
})
