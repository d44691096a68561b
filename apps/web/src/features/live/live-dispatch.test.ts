import { LIVE_EVENT_TYPES, type LiveEnvelope, type LiveEventType } from '@growops/domain'
import { describe, expect, it } from 'vitest'
import { liveCacheActions, patchRoomOccupancy } from './live-dispatch.ts'

function envelope(type: LiveEventType, payload: unknown): LiveEnvelope {
  return {
    seq: '1',
    type,
    organizationId: 'org',
    propertyId: 'p1',
    roomId: null,
    userId: null,
    payload,
    createdAt: '2026-11-21T10:00:00.000Z',
  }
}

const counts = { total: 10, occupied: 4, empty: 5, reserved: 1, damaged: 0 }

describe('live cache actions', () => {
  it('occupancy.changed patches the room counts and refreshes room views', () => {
    const actions = liveCacheActions(
      envelope('occupancy.changed', { ...counts, propertyId: 'p1', roomId: 'r1' }),
    )
    expect(actions.occupancy).toEqual({ ...counts, propertyId: 'p1', roomId: 'r1' })
    expect(actions.invalidate).toContainEqual(['room', 'occupancy'])
  })

  it('a payload that fails its schema changes nothing', () => {
    expect(liveCacheActions(envelope('occupancy.changed', { roomId: 'r1' }))).toEqual({
      invalidate: [],
      occupancy: null,
    })
  })

  it.each([
    ['sensor.alert', ['alert']],
    ['announcement.created', ['announcement']],
    ['announcement.acknowledged', ['announcement']],
    ['shiftNote.created', ['shiftNote']],
    ['notification.created', ['notification']],
    ['plant.moved', ['room', 'positions']],
  ] as const)('%s refreshes %j', (type, path) => {
    expect(liveCacheActions(envelope(type, {})).invalidate).toContainEqual(path)
  })

  it('sensor readings refresh the sensor tiles throttled, not on every event', () => {
    const actions = liveCacheActions(envelope('sensor.reading', {}))
    expect(actions.invalidate).toEqual([])
    expect(actions.throttled).toContainEqual(['sensor', 'roomSummary'])
  })

  it('knows every event type of the catalogue', () => {
    for (const type of LIVE_EVENT_TYPES) expect(liveCacheActions(envelope(type, {}))).toBeTruthy()
  })
})

describe('patchRoomOccupancy', () => {
  const rooms = [
    { roomId: 'r1', roomCode: 'VEG-A', ...counts },
    { roomId: 'r2', roomCode: 'VEG-B', ...counts },
  ]

  it('replaces the counts of the changed room only', () => {
    const next = patchRoomOccupancy(rooms, {
      propertyId: 'p1',
      roomId: 'r2',
      total: 10,
      occupied: 5,
      empty: 4,
      reserved: 1,
      damaged: 0,
    })
    expect(next?.[0]).toBe(rooms[0])
    expect(next?.[1]).toEqual({ roomId: 'r2', roomCode: 'VEG-B', ...counts, occupied: 5, empty: 4 })
  })

  it('leaves another property’s answer untouched', () => {
    const change = { propertyId: 'p2', roomId: 'r9', ...counts }
    expect(patchRoomOccupancy(rooms, change)).toBe(rooms)
    expect(patchRoomOccupancy(undefined, change)).toBeUndefined()
  })
})
