import { presenceColour, type PresenceState } from '@growops/domain'
import { createTLStore, defaultShapeUtils, type TLPageId } from 'tldraw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  PRESENCE_FIELD,
  appUserId,
  buildLocalPresence,
  clearPresenceRecords,
  groupPeople,
  initialsOf,
  presenceRecordFor,
  presenceRecordId,
  readPeers,
  syncPresenceRecords,
  textColourOn,
  throttle,
  tldrawUserId,
  type PresenceClient,
} from './presence-model.ts'

const PAGE = 'page:page' as TLPageId

function state(userId: string, patch: Partial<PresenceState> = {}): PresenceState {
  return buildLocalPresence({
    user: { id: userId, name: userId.toUpperCase() },
    readOnly: false,
    cursor: { x: 1, y: 2 },
    selectedShapeIds: [],
    viewport: { x: 0, y: 0, w: 800, h: 600 },
    lastActiveAt: '2025-01-01T00:00:00.000Z',
    ...patch,
  })
}

function awareness(entries: [number, unknown][]): Map<number, Record<string, unknown>> {
  return new Map(entries.map(([id, presence]) => [id, { [PRESENCE_FIELD]: presence }]))
}

describe('presence model', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('publishes a colour that is the same for a user on every screen', () => {
    const local = state('ana')
    expect(local.colour).toBe(presenceColour('ana'))
    expect(
      buildLocalPresence({
        ...local,
        user: { id: 'ana', name: 'A' },
        lastActiveAt: 'x',
        selectedShapeIds: [],
      }).colour,
    ).toBe(local.colour)
  })

  it('reads valid peers, skipping this client and malformed states', () => {
    const peers = readPeers(
      awareness([
        [1, state('self')],
        [2, state('ben')],
        [3, { userId: 'eve', name: 42 }],
        [4, undefined],
      ]),
      1,
      [],
      1000,
    )
    expect(peers.map((p) => [p.clientId, p.state.userId, p.activeAt])).toEqual([[2, 'ben', 1000]])
  })

  it('colours a peer by its user id, not by the colour it claims', () => {
    const peers = readPeers(awareness([[2, state('ben', { colour: 'red' })]]), 1, [], 0)
    expect(peers[0]?.state.colour).toBe(presenceColour('ben'))
  })

  it('keeps a peer’s local activity time until its lastActiveAt changes', () => {
    const first = readPeers(awareness([[2, state('ben')]]), 1, [], 1000)
    const idle = readPeers(awareness([[2, state('ben', { cursor: null })]]), 1, first, 5000)
    expect(idle[0]?.activeAt).toBe(1000)
    const moved = readPeers(
      awareness([[2, state('ben', { lastActiveAt: '2025-01-01T00:00:05.000Z' })]]),
      1,
      idle,
      9000,
    )
    expect(moved[0]?.activeAt).toBe(9000)
  })

  it('lists each person once, view-only only when every tab of theirs is', () => {
    const peers: PresenceClient[] = [
      { clientId: 2, state: state('ben', { readOnly: true }), activeAt: 0 },
      { clientId: 3, state: state('ben', { readOnly: false }), activeAt: 0 },
      { clientId: 4, state: state('cat', { readOnly: true }), activeAt: 0 },
      { clientId: 5, state: state('ana'), activeAt: 0 },
    ]
    expect(groupPeople(peers, 'ana')).toEqual([
      {
        userId: 'ben',
        name: 'BEN',
        colour: presenceColour('ben'),
        readOnly: false,
        clientIds: [2, 3],
      },
      { userId: 'cat', name: 'CAT', colour: presenceColour('cat'), readOnly: true, clientIds: [4] },
    ])
  })

  it('gives tldraw a camera from which its following recovers the peer’s viewport', () => {
    const peer = {
      clientId: 7,
      state: state('ben', {
        viewport: { x: 120, y: -40, w: 390, h: 700 },
        selectedShapeIds: ['shape:a', 'bogus'],
      }),
      activeAt: 42,
    }
    const record = presenceRecordFor(peer, PAGE, 'Ben')
    const { camera, screenBounds } = record
    if (!camera || !screenBounds) throw new Error('expected camera and screen bounds')
    // tldraw: their viewport = Box(-camera.x, -camera.y, screen.w / z, screen.h / z)
    expect([-camera.x, -camera.y, screenBounds.w / camera.z, screenBounds.h / camera.z]).toEqual([
      120, -40, 390, 700,
    ])
    expect(record.userId).toBe(tldrawUserId('ben'))
    expect(appUserId(record.userId)).toBe('ben')
    expect(record.selectedShapeIds).toEqual(['shape:a'])
    expect(record.lastActivityTimestamp).toBe(42)
    expect(record.cursor).toMatchObject({ x: 1, y: 2 })
  })

  it('adds, updates and removes presence records without touching document records', () => {
    const store = createTLStore({ shapeUtils: defaultShapeUtils })
    const ben = { clientId: 2, state: state('ben'), activeAt: 1 }
    const cat = { clientId: 3, state: state('cat'), activeAt: 1 }
    syncPresenceRecords(store, [ben, cat], PAGE, (s) => s.name)
    // (The first change lets the store create its default page; from here on, only presence.)
    const documentChanges: unknown[] = []
    store.listen((entry) => documentChanges.push(entry), { scope: 'document' })
    const presenceChanges: unknown[] = []
    store.listen((entry) => presenceChanges.push(entry), { scope: 'presence', source: 'remote' })
    expect(store.get(presenceRecordId(2))?.userName).toBe('BEN')
    expect(store.get(presenceRecordId(3))).toBeDefined()

    const moved = { ...ben, state: state('ben', { cursor: { x: 50, y: 60 } }) }
    syncPresenceRecords(store, [moved], PAGE, (s) => `${s.name}!`)
    expect(store.get(presenceRecordId(2))?.cursor).toMatchObject({ x: 50, y: 60 })
    expect(store.get(presenceRecordId(2))?.userName).toBe('BEN!')
    expect(store.get(presenceRecordId(3))).toBeUndefined()

    clearPresenceRecords(store)
    expect(store.query.records('instance_presence').get()).toEqual([])
    expect(documentChanges).toEqual([])
    expect(presenceChanges).toHaveLength(2)
  })

  it('throttles to one call per interval and always delivers the last one', () => {
    vi.useFakeTimers()
    const calls: number[] = []
    const send = throttle(() => calls.push(Date.now()), 50)
    const start = Date.now()
    send()
    send()
    send()
    expect(calls).toHaveLength(1)
    vi.advanceTimersByTime(49)
    expect(calls).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(calls.map((t) => t - start)).toEqual([0, 50])
    send.cancel()
  })
})

describe('avatars', () => {
  it('shows initials of the first and last word, or two letters of a single name', () => {
    expect(initialsOf('Ana María Ruiz')).toBe('AR')
    expect(initialsOf('  ben ')).toBe('BE')
    expect(initialsOf('Ñ')).toBe('Ñ')
    expect(initialsOf('')).toBe('?')
  })

  it('picks the initials colour with at least 4.5:1 contrast on every presence colour', () => {
    const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
    const lum = (hex: string) => {
      const n = Number.parseInt(hex.slice(1), 16)
      const c = (v: number) => {
        const s = v / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * c((n >> 16) & 255) + 0.7152 * c((n >> 8) & 255) + 0.0722 * c(n & 255)
    }
    for (const user of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n']) {
      const colour = presenceColour(user)
      expect(ratio(lum(colour), lum(textColourOn(colour))), colour).toBeGreaterThanOrEqual(4.5)
    }
  })
})
