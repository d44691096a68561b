import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { VISIT_STATUSES } from './visit-status.ts'
import {
  assertZoneAllowed,
  assertZoneHasRoom,
  computeZoneOccupancy,
  type VisitPlace,
} from './zone-occupancy.ts'

const lobby = { id: 'z-lobby', name: 'Lobby', capacity: 2 }
const grow = { id: 'z-grow', name: 'Grow areas', capacity: null }

describe('zone occupancy', () => {
  it('[VIS7] counts checked-in visitors per zone against capacity', () => {
    const visits: VisitPlace[] = [
      { status: 'CHECKED_IN', currentZoneId: 'z-lobby' },
      { status: 'CHECKED_IN', currentZoneId: 'z-lobby' },
      { status: 'CHECKED_IN', currentZoneId: 'z-grow' },
      { status: 'CHECKED_OUT', currentZoneId: 'z-grow' },
      { status: 'EXPECTED', currentZoneId: null },
      { status: 'CANCELLED', currentZoneId: 'z-lobby' },
      { status: 'CHECKED_IN', currentZoneId: null },
      { status: 'CHECKED_IN', currentZoneId: 'z-elsewhere' },
    ]
    expect(computeZoneOccupancy([lobby, grow], visits)).toEqual({
      zones: [
        { zoneId: 'z-lobby', count: 2, capacity: 2, available: 0, full: true },
        { zoneId: 'z-grow', count: 1, capacity: null, available: null, full: false },
      ],
      unzoned: 1,
      total: 4,
    })
  })

  it('[VIS7] with no visitors every zone is empty and none is full', () => {
    expect(computeZoneOccupancy([lobby, grow], []).zones.map((z) => [z.count, z.full])).toEqual([
      [0, false],
      [0, false],
    ])
  })

  it('[VIS7] the zone counts plus unzoned add up to the total, whatever the visits', () => {
    const place = fc.record({
      status: fc.constantFrom(...VISIT_STATUSES),
      currentZoneId: fc.constantFrom(null, 'z-lobby', 'z-grow'),
    })
    fc.assert(
      fc.property(fc.array(place, { maxLength: 40 }), (visits) => {
        const summary = computeZoneOccupancy([lobby, grow], visits)
        const inZones = summary.zones.reduce((sum, zone) => sum + zone.count, 0)
        expect(inZones + summary.unzoned).toBe(summary.total)
        expect(summary.total).toBe(visits.filter((v) => v.status === 'CHECKED_IN').length)
      }),
    )
  })

  it('[VIS6] a visitor enters only a zone of the visit', () => {
    expect(() => assertZoneAllowed('z-grow', ['z-lobby', 'z-grow'])).not.toThrow()
    expect(() => assertZoneAllowed('z-grow', ['z-lobby'])).toThrow(
      expect.objectContaining({ code: 'VISIT.ZONE_NOT_ALLOWED' }) as Error,
    )
  })

  it('[VIS6] a full zone refuses one more; no capacity never refuses', () => {
    expect(() => assertZoneHasRoom(lobby, 1)).not.toThrow()
    expect(() => assertZoneHasRoom(lobby, 2)).toThrow(
      expect.objectContaining({
        code: 'VISIT.ZONE_FULL',
        message: expect.stringMatching(/Lobby is full \(2 of 2/) as string,
      }) as Error,
    )
    expect(() => assertZoneHasRoom(grow, 10_000)).not.toThrow()
  })
})
