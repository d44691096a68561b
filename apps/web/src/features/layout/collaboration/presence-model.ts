// Presence of other people on a layout: read from the Hocuspocus awareness (validated,
// since any client can put anything there), shown in the avatar list, and turned into
// tldraw `instance_presence` records so tldraw draws their cursors and selections.
// Presence records are session-scope in tldraw: the Y.Doc binding never syncs them.
import { PresenceStateSchema, presenceColour, type PresenceState } from '@growops/domain'
import {
  InstancePresenceRecordType,
  createUserId,
  type TLInstancePresence,
  type TLPageId,
  type TLShapeId,
  type TLStore,
} from 'tldraw'

/** The awareness field this app writes its presence under. */
export const PRESENCE_FIELD = 'presence'

/** One other connected client (a person with two tabs is two clients). */
export interface PresenceClient {
  clientId: number
  state: PresenceState
  /**
   * When this client last saw the peer move or select, by this client's clock
   * (peers' clocks can be off by minutes, and tldraw hides "inactive" peers).
   */
  activeAt: number
}

/** The avatar list's view of a person: one entry per user, whatever their number of tabs. */
export interface PresencePeer {
  userId: string
  name: string
  colour: string
  readOnly: boolean
  clientIds: number[]
}

export interface LocalPresenceInput {
  user: { id: string; name: string }
  readOnly: boolean
  cursor: { x: number; y: number } | null
  selectedShapeIds: readonly string[]
  viewport: { x: number; y: number; w: number; h: number } | null
  lastActiveAt: string
}

export function buildLocalPresence(input: LocalPresenceInput): PresenceState {
  return {
    userId: input.user.id,
    name: input.user.name,
    colour: presenceColour(input.user.id),
    readOnly: input.readOnly,
    cursor: input.cursor ? { x: round(input.cursor.x), y: round(input.cursor.y) } : null,
    selectedShapeIds: [...input.selectedShapeIds],
    viewport: input.viewport
      ? {
          x: round(input.viewport.x),
          y: round(input.viewport.y),
          w: round(input.viewport.w),
          h: round(input.viewport.h),
        }
      : null,
    lastActiveAt: input.lastActiveAt,
  }
}

/** Two decimals are plenty on a canvas in tenths of a foot, and keep awareness messages small. */
function round(value: number): number {
  return Math.round(value * 100) / 100
}

/**
 * The valid presence states of every client but this one. `previous` carries the local
 * activity times forward: a peer's time only moves when its `lastActiveAt` changes.
 */
export function readPeers(
  states: ReadonlyMap<number, Record<string, unknown>>,
  selfClientId: number,
  previous: readonly PresenceClient[],
  now: number,
): PresenceClient[] {
  const before = new Map(previous.map((peer) => [peer.clientId, peer]))
  const peers: PresenceClient[] = []
  for (const [clientId, value] of states) {
    if (clientId === selfClientId) continue
    const parsed = PresenceStateSchema.safeParse(value[PRESENCE_FIELD])
    if (!parsed.success) continue
    const old = before.get(clientId)
    const activeAt = old && old.state.lastActiveAt === parsed.data.lastActiveAt ? old.activeAt : now
    // The server vouches for userId; the colour follows from it, whatever a client claims.
    const state = { ...parsed.data, colour: presenceColour(parsed.data.userId) }
    peers.push({ clientId, state, activeAt })
  }
  return peers.sort((a, b) => a.clientId - b.clientId)
}

/** People other than `selfUserId`, by name; read-only only when all their tabs are. */
export function groupPeople(peers: readonly PresenceClient[], selfUserId: string): PresencePeer[] {
  const byUser = new Map<string, PresencePeer>()
  for (const { clientId, state } of peers) {
    if (state.userId === selfUserId) continue
    const person = byUser.get(state.userId)
    if (person) {
      person.clientIds.push(clientId)
      person.readOnly = person.readOnly && state.readOnly
    } else {
      byUser.set(state.userId, {
        userId: state.userId,
        name: state.name,
        colour: state.colour,
        readOnly: state.readOnly,
        clientIds: [clientId],
      })
    }
  }
  return [...byUser.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId),
  )
}

const RECORD_KEY_PREFIX = 'awareness-'

export function presenceRecordId(clientId: number): TLInstancePresence['id'] {
  return InstancePresenceRecordType.createId(`${RECORD_KEY_PREFIX}${clientId}`)
}

/** Ids of the presence records this module put in the store (not tldraw's own, if any). */
function ownRecordIds(store: TLStore): TLInstancePresence['id'][] {
  const prefix = InstancePresenceRecordType.createId(RECORD_KEY_PREFIX)
  return store.query
    .records('instance_presence')
    .get()
    .map((record) => record.id)
    .filter((id) => id.startsWith(prefix))
}

/** tldraw's user record id for an app user id (what `startFollowingUser` takes). */
export function tldrawUserId(userId: string): TLInstancePresence['userId'] {
  return createUserId(userId)
}

/** The app user id inside a tldraw user record id. */
export function appUserId(tlUserId: string | null): string | null {
  if (!tlUserId) return null
  return tlUserId.startsWith('user:') ? tlUserId.slice('user:'.length) : tlUserId
}

/**
 * A tldraw presence record for a peer. The peer's viewport (page units) becomes a camera at
 * zoom 1 with screen bounds of the same size, which is what tldraw's following reads back.
 */
export function presenceRecordFor(
  peer: PresenceClient,
  pageId: TLPageId,
  userName: string,
): TLInstancePresence {
  const { state } = peer
  const viewport = state.viewport
  return InstancePresenceRecordType.create({
    id: presenceRecordId(peer.clientId),
    userId: tldrawUserId(state.userId),
    userName,
    color: state.colour,
    lastActivityTimestamp: peer.activeAt,
    currentPageId: pageId,
    cursor: state.cursor
      ? { x: state.cursor.x, y: state.cursor.y, rotation: 0, type: 'default' }
      : null,
    selectedShapeIds: state.selectedShapeIds.filter((id) => id.startsWith('shape:')) as TLShapeId[],
    camera: viewport ? { x: -viewport.x, y: -viewport.y, z: 1 } : null,
    screenBounds: viewport ? { x: 0, y: 0, w: viewport.w, h: viewport.h } : null,
  })
}

/**
 * Makes the store's presence records match `peers`: adds and updates theirs, removes
 * those of peers who left. Done as a remote change so it is not part of anyone's undo.
 */
export function syncPresenceRecords(
  store: TLStore,
  peers: readonly PresenceClient[],
  pageId: TLPageId,
  nameOf: (state: PresenceState) => string,
): void {
  const next = peers.map((peer) => presenceRecordFor(peer, pageId, nameOf(peer.state)))
  const keep = new Set(next.map((record) => record.id))
  const stale = ownRecordIds(store).filter((id) => !keep.has(id))
  if (next.length === 0 && stale.length === 0) return
  store.mergeRemoteChanges(() => {
    if (next.length > 0) store.put(next)
    if (stale.length > 0) store.remove(stale)
  })
}

/** Removes every presence record this module added (on unmount or disconnect). */
export function clearPresenceRecords(store: TLStore): void {
  const ids = ownRecordIds(store)
  if (ids.length > 0) store.mergeRemoteChanges(() => store.remove(ids))
}

/**
 * Calls `fn` at most once per `ms` with the latest arguments, trailing call included, so
 * the last pointer position is always sent.
 */
export function throttle(fn: () => void, ms: number, clock: () => number = Date.now) {
  let last = -Infinity
  let timer: ReturnType<typeof setTimeout> | null = null
  const run = () => {
    timer = null
    last = clock()
    fn()
  }
  const call = () => {
    if (timer) return
    const wait = last + ms - clock()
    if (wait <= 0) run()
    else timer = setTimeout(run, wait)
  }
  call.cancel = () => {
    if (timer) clearTimeout(timer)
    timer = null
  }
  return call
}

/** Up to two letters for an avatar: first and last word's initials ("Ana María Ruiz" → "AR"). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const first = words[0]
  if (!first) return '?'
  const last = words.length > 1 ? words[words.length - 1] : undefined
  const letters = [...first].slice(0, last ? 1 : 2).join('') + (last ? ([...last][0] ?? '') : '')
  return letters.toLocaleUpperCase()
}

function channel(value: number): number {
  const c = value / 255
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

function luminance(hex: string): number | null {
  const match = /^#([0-9a-f]{6})$/i.exec(hex)
  if (!match?.[1]) return null
  const n = Number.parseInt(match[1], 16)
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  )
}

/** Black or white, whichever contrasts more with a `#rrggbb` background (initials on avatars). */
export function textColourOn(background: string): '#000000' | '#ffffff' {
  const l = luminance(background)
  if (l === null) return '#000000'
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff'
}
