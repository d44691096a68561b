// One live connection: Socket.IO for the push, tRPC for what the push may have missed.
// On every (re)connect it subscribes, then fetches everything after the last seq it applied
// (`live.since`; on a first visit `live.latest` gives the starting point), holding back pushed
// events meanwhile, and hands events on in seq order, each once. No React here, so the
// reconnect logic is tested with a fake socket (live-connection.test.ts).
import { LiveEnvelopeSchema, type LiveEnvelope, type LiveSubscribe } from '@growops/domain'
import { createLiveSequence } from './live-sequence.ts'

export type LiveConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline'

/** The part of a socket.io-client Socket this uses. */
export interface LiveSocket {
  readonly connected: boolean
  on: (event: string, listener: (...args: never[]) => void) => unknown
  off: (event: string, listener: (...args: never[]) => void) => unknown
  emit: (event: 'subscribe', payload: LiveSubscribe, ack: (answer: unknown) => void) => unknown
  connect: () => unknown
  disconnect: () => unknown
}

export interface LiveCatchUp {
  /** Envelopes after `afterSeq`, oldest first, at most `limit`; `hasMore` when others follow. */
  since: (
    afterSeq: string,
    limit: number,
  ) => Promise<{ events: readonly unknown[]; hasMore: boolean }>
  /** The newest seq the caller may see (null when there is none yet). */
  latest: () => Promise<string | null>
}

export interface LiveStorage {
  read: () => string | null
  write: (seq: string) => void
}

export interface LiveConnectionOptions {
  socket: LiveSocket
  subscription: LiveSubscribe
  catchUp: LiveCatchUp
  storage?: LiveStorage
  onEvents: (envelopes: LiveEnvelope[]) => void
  onState: (state: LiveConnectionState) => void
  /** Too much was missed to replay: refetch what is on screen instead. */
  onResync?: () => void
  pageSize?: number
  /** Pages replayed before giving up in favour of a refetch. */
  maxPages?: number
  subscribeTimeoutMs?: number
}

export interface LiveConnection {
  readonly lastSeq: string | null
  close: () => void
}

function parseEnvelopes(items: readonly unknown[]): LiveEnvelope[] {
  const envelopes: LiveEnvelope[] = []
  for (const item of items) {
    const parsed = LiveEnvelopeSchema.safeParse(item)
    if (parsed.success) envelopes.push(parsed.data)
  }
  return envelopes
}

/** Connects `socket` and keeps the caller's view in step with the organization's events. */
export function startLiveConnection(options: LiveConnectionOptions): LiveConnection {
  const { socket, catchUp, storage, onEvents, onState } = options
  const pageSize = options.pageSize ?? 500
  const maxPages = options.maxPages ?? 10
  const sequence = createLiveSequence(storage?.read() ?? null)
  let held: LiveEnvelope[] | null = null
  let attempt = 0
  let everLive = false
  let closed = false
  let failures = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined

  function apply(envelopes: LiveEnvelope[]): void {
    const fresh = sequence.accept(envelopes)
    if (fresh.length === 0) return
    if (sequence.lastSeq !== null) storage?.write(sequence.lastSeq)
    onEvents(fresh)
  }

  function subscribe(): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('subscribe timed out')),
        options.subscribeTimeoutMs ?? 5_000,
      )
      socket.emit('subscribe', options.subscription, (answer) => {
        clearTimeout(timer)
        const refused =
          typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === false
        if (refused) reject(new Error('subscribe refused'))
        else resolve()
      })
    })
  }

  async function replay(): Promise<void> {
    if (sequence.lastSeq === null) {
      sequence.reset(await catchUp.latest())
      return
    }
    for (let page = 0; page < maxPages; page += 1) {
      const { events, hasMore } = await catchUp.since(sequence.lastSeq ?? '0', pageSize)
      apply(parseEnvelopes(events))
      if (!hasMore) return
    }
    // A long absence: start from now and let the screens refetch.
    sequence.reset(await catchUp.latest())
    if (sequence.lastSeq !== null) storage?.write(sequence.lastSeq)
    options.onResync?.()
  }

  async function synchronize(): Promise<void> {
    const mine = (attempt += 1)
    held = []
    onState(everLive ? 'reconnecting' : 'connecting')
    try {
      await subscribe()
      await replay()
    } catch {
      // Connected but could not catch up (api busy, a deploy): try again, waiting longer each time.
      failures += 1
      const delay = Math.min(1_000 * 2 ** (failures - 1), 30_000)
      retryTimer = setTimeout(() => {
        if (mine === attempt && !closed && socket.connected) void synchronize()
      }, delay)
      return
    }
    failures = 0
    if (mine !== attempt || closed) return
    const pending = held
    held = null
    apply(pending)
    everLive = true
    onState('live')
  }

  const onConnect = () => {
    void synchronize()
  }
  const onDisconnect = () => {
    attempt += 1
    held = null
    if (!closed) onState(isOffline() ? 'offline' : everLive ? 'reconnecting' : 'connecting')
  }
  const onLive = (item: unknown) => {
    const envelopes = parseEnvelopes([item])
    if (held) held.push(...envelopes)
    else apply(envelopes)
  }
  const onBrowserOffline = () => onState('offline')

  socket.on('connect', onConnect)
  socket.on('disconnect', onDisconnect)
  socket.on('live', onLive)
  globalThis.addEventListener?.('offline', onBrowserOffline)
  onState('connecting')
  if (socket.connected) onConnect()
  else socket.connect()

  return {
    get lastSeq() {
      return sequence.lastSeq
    },
    close() {
      closed = true
      clearTimeout(retryTimer)
      socket.off('connect', onConnect)
      socket.off('disconnect', onDisconnect)
      socket.off('live', onLive)
      globalThis.removeEventListener?.('offline', onBrowserOffline)
      socket.disconnect()
    },
  }
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false
}
