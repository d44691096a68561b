import type { LiveEnvelope, LiveEventType } from '@growops/domain'
import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createLiveCache } from './live-cache.ts'

function envelope(seq: number, type: LiveEventType, payload: unknown): LiveEnvelope {
  return {
    seq: String(seq),
    type,
    organizationId: 'org',
    propertyId: 'p1',
    roomId: null,
    userId: null,
    payload,
    createdAt: '2026-11-21T10:00:00.000Z',
  }
}

// tRPC's react-query keys: [path, { input, type }].
const occupancyKey = [['property', 'occupancy'], { input: { propertyId: 'p1' }, type: 'query' }]
const summaryKey = [['sensor', 'roomSummary'], { input: { propertyId: 'p1' }, type: 'query' }]
const alertsKey = [['alert', 'list'], { input: { propertyId: 'p1' }, type: 'query' }]
const counts = { total: 10, occupied: 4, empty: 6, reserved: 0, damaged: 0 }

afterEach(() => vi.useRealTimers())

describe('live cache', () => {
  it('patches occupancy.changed into property.occupancy without a refetch', () => {
    const client = new QueryClient()
    client.setQueryData(occupancyKey, [{ roomId: 'r1', roomCode: 'VEG-A', ...counts }])
    const cache = createLiveCache(client)
    cache.apply([
      envelope(1, 'occupancy.changed', {
        ...counts,
        occupied: 5,
        empty: 5,
        propertyId: 'p1',
        roomId: 'r1',
      }),
    ])
    expect(client.getQueryData(occupancyKey)).toEqual([
      { roomId: 'r1', roomCode: 'VEG-A', ...counts, occupied: 5, empty: 5 },
    ])
    expect(client.getQueryState(occupancyKey)?.isInvalidated).toBe(false)
  })

  it('marks alert lists stale on sensor.alert at once', () => {
    const client = new QueryClient()
    client.setQueryData(alertsKey, [])
    createLiveCache(client).apply([envelope(1, 'sensor.alert', {})])
    expect(client.getQueryState(alertsKey)?.isInvalidated).toBe(true)
  })

  it('refreshes sensor tiles once per throttle window however many readings arrive', () => {
    vi.useFakeTimers()
    const client = new QueryClient()
    client.setQueryData(summaryKey, [])
    const spy = vi.spyOn(client, 'invalidateQueries')
    const cache = createLiveCache(client, 5_000)
    for (let seq = 1; seq <= 50; seq += 1) cache.apply([envelope(seq, 'sensor.reading', {})])
    expect(client.getQueryState(summaryKey)?.isInvalidated).toBe(false)
    vi.advanceTimersByTime(5_000)
    expect(client.getQueryState(summaryKey)?.isInvalidated).toBe(true)
    // roomSummary and list, once each.
    expect(spy).toHaveBeenCalledTimes(2)
    cache.dispose()
  })
})
