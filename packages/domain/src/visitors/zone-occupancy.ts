// Zone occupancy (VIS6, VIS7): who is in which access zone now, against the zone's capacity, and
// whether a visitor may enter a zone.
import { DomainError } from '../errors/domain-error.ts'
import type { VisitStatus } from './visit-status.ts'

export interface ZoneCapacity {
  id: string
  name: string
  /** Null = no limit. */
  capacity: number | null
}

export interface VisitPlace {
  status: VisitStatus
  currentZoneId: string | null
}

export interface ZoneOccupancy {
  zoneId: string
  /** Visitors checked in and in this zone now. */
  count: number
  capacity: number | null
  /** Places left; null without a capacity; 0 when full or over. */
  available: number | null
  full: boolean
}

export interface OccupancySummary {
  zones: ZoneOccupancy[]
  /** Checked-in visitors in no zone (their zone was deleted, or none was given). */
  unzoned: number
  /** Every checked-in visitor, in a zone or not. */
  total: number
}

/** One zone's figures from its count (VIS7). */
export function zoneOccupancyOf(zone: ZoneCapacity, count: number): ZoneOccupancy {
  const capacity = zone.capacity
  return {
    zoneId: zone.id,
    count,
    capacity,
    available: capacity === null ? null : Math.max(0, capacity - count),
    full: capacity !== null && count >= capacity,
  }
}

/**
 * Occupancy of each zone, in the order given (VIS7): only CHECKED_IN visits count; one in a zone
 * that is not listed (another property's) is ignored, one in no zone counts as `unzoned`.
 */
export function computeZoneOccupancy(
  zones: readonly ZoneCapacity[],
  visits: readonly VisitPlace[],
): OccupancySummary {
  const counts = new Map<string, number>(zones.map((zone) => [zone.id, 0]))
  let unzoned = 0
  let total = 0
  for (const visit of visits) {
    if (visit.status !== 'CHECKED_IN') continue
    if (visit.currentZoneId === null) {
      unzoned += 1
      total += 1
      continue
    }
    const count = counts.get(visit.currentZoneId)
    if (count === undefined) continue
    counts.set(visit.currentZoneId, count + 1)
    total += 1
  }
  return {
    zones: zones.map((zone) => zoneOccupancyOf(zone, counts.get(zone.id) ?? 0)),
    unzoned,
    total,
  }
}

/** Throws `VISIT.ZONE_NOT_ALLOWED` unless the visit was allowed into `zoneId` (VIS6). */
export function assertZoneAllowed(zoneId: string, allowedZoneIds: readonly string[]): void {
  if (allowedZoneIds.includes(zoneId)) return
  throw new DomainError(
    'VISIT.ZONE_NOT_ALLOWED',
    'This visitor is not allowed into that zone. Choose one of the zones of the visit.',
    { zoneId, allowedZoneIds: [...allowedZoneIds] },
  )
}

/**
 * Throws `VISIT.ZONE_FULL` when one more visitor would exceed the zone's capacity (VIS6), given
 * the visitors in it now (not counting the one entering).
 */
export function assertZoneHasRoom(zone: ZoneCapacity, countNow: number): void {
  if (zone.capacity === null || countNow < zone.capacity) return
  throw new DomainError(
    'VISIT.ZONE_FULL',
    `${zone.name} is full (${countNow} of ${zone.capacity} visitors). Wait until someone leaves or choose another zone.`,
    { zoneId: zone.id, count: countNow, capacity: zone.capacity },
  )
}
