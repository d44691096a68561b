// What each live event changes on screen: which react-query caches to patch or refetch.
// Kept free of React so the mapping is tested on its own (live-dispatch.test.ts).
import { parseLivePayload, type LiveEnvelope, type LiveEventPayload } from '@growops/domain'

/** A tRPC procedure path, e.g. ['alert', 'list']; every cached input of it is refetched. */
export type ProcedurePath = readonly string[]

export interface LiveCacheActions {
  /** Procedures whose cached answers are stale now. */
  invalidate: ProcedurePath[]
  /** New counts of one room, patched into `property.occupancy` answers in place. */
  occupancy: LiveEventPayload<'occupancy.changed'> | null
  /**
   * Stale too, but changing all the time (sensor readings): refetched at most every few seconds
   * rather than on every event.
   */
  throttled?: ProcedurePath[]
}

const ALERTS: ProcedurePath[] = [['alert'], ['sensor', 'roomSummary']]
const ANNOUNCEMENTS: ProcedurePath[] = [['announcement']]
const SHIFT_NOTES: ProcedurePath[] = [['shiftNote']]
const NOTIFICATIONS: ProcedurePath[] = [['notification']]
const WEIGHTS: ProcedurePath[] = [['weight'], ['batch', 'yield']]
const PLANTS: ProcedurePath[] = [
  ['room', 'positions'],
  ['room', 'occupancy'],
  ['layout', 'occupancy'],
  ['plant'],
]

/** The cache work one envelope calls for (nothing for a payload that fails its schema). */
export function liveCacheActions(envelope: LiveEnvelope): LiveCacheActions {
  const none: LiveCacheActions = { invalidate: [], occupancy: null }
  switch (envelope.type) {
    case 'occupancy.changed': {
      const payload = parseLivePayload('occupancy.changed', envelope.payload)
      if (!payload) return none
      return {
        invalidate: [
          ['room', 'occupancy'],
          ['layout', 'occupancy'],
        ],
        occupancy: payload,
      }
    }
    case 'plant.placed':
    case 'plant.moved':
    case 'plant.removed':
      return { invalidate: PLANTS, occupancy: null }
    case 'sensor.reading':
      return {
        invalidate: [],
        occupancy: null,
        throttled: [
          ['sensor', 'roomSummary'],
          ['sensor', 'list'],
        ],
      }
    case 'sensor.alert':
      return { invalidate: ALERTS, occupancy: null }
    case 'announcement.created':
    case 'announcement.acknowledged':
      return { invalidate: ANNOUNCEMENTS, occupancy: null }
    case 'shiftNote.created':
      return { invalidate: SHIFT_NOTES, occupancy: null }
    case 'notification.created':
      return { invalidate: NOTIFICATIONS, occupancy: null }
    case 'harvest.recorded':
    case 'weight.recorded':
      return { invalidate: WEIGHTS, occupancy: null }
    case 'inventory.changed':
      return { invalidate: [['inventory']], occupancy: null }
    case 'task.updated':
    case 'visitor.checkedIn':
    case 'visitor.checkedOut':
    case 'zone.occupancy':
      return none
  }
}

interface RoomCounts {
  roomId: string
  total: number
  occupied: number
  empty: number
  reserved: number
  damaged: number
}

/**
 * `property.occupancy`'s answer with one room's counts replaced; the same array when the room
 * is not in it (another property), so react-query sees no change.
 */
export function patchRoomOccupancy<Room extends RoomCounts>(
  rooms: readonly Room[] | undefined,
  change: LiveEventPayload<'occupancy.changed'>,
): readonly Room[] | undefined {
  if (!rooms || !rooms.some((room) => room.roomId === change.roomId)) return rooms
  return rooms.map((room) =>
    room.roomId === change.roomId
      ? {
          ...room,
          total: change.total,
          occupied: change.occupied,
          empty: change.empty,
          reserved: change.reserved,
          damaged: change.damaged,
        }
      : room,
  )
}
