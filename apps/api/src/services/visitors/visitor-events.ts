// Zone locks, live counts and the live events of arrivals and departures (VIS7). Counting and
// locking happen inside the caller's transaction; the events are recorded last (with the
// organization's live lock) and published by the caller after commit.
import { Prisma, type TransactionClient } from '@growops/db'
import { assertZoneHasRoom, type LiveEventPayload } from '@growops/domain'
import type { NewLiveEvent } from '../realtime/live-events.ts'

export interface ZoneRef {
  id: string
  name: string
  capacity: number | null
}

/**
 * Locks zone rows until commit, in id order (no deadlock between two movers), so that two
 * check-ins cannot both take the last place of a zone.
 */
export async function lockZones(tx: TransactionClient, zoneIds: readonly string[]): Promise<void> {
  const ids = [...new Set(zoneIds)].sort()
  if (ids.length === 0) return
  await tx.$queryRaw`SELECT "id" FROM "AccessZone" WHERE "id" IN (${Prisma.join(ids)}) ORDER BY "id" FOR UPDATE`
}

/** Visitors checked in and in `zoneId` now (as this transaction sees it). */
export function countInZone(tx: TransactionClient, zoneId: string): Promise<number> {
  return tx.visit.count({ where: { currentZoneId: zoneId, status: 'CHECKED_IN' } })
}

/** Locks the zone and refuses one more visitor when it is full (VIS6). */
export async function takePlaceIn(tx: TransactionClient, zone: ZoneRef): Promise<void> {
  await lockZones(tx, [zone.id])
  assertZoneHasRoom(zone, await countInZone(tx, zone.id))
}

/** `zone.occupancy` events for the zones, with their counts after the change. */
export async function zoneOccupancyEvents(
  tx: TransactionClient,
  organizationId: string,
  propertyId: string,
  zoneIds: readonly (string | null)[],
): Promise<NewLiveEvent<'zone.occupancy'>[]> {
  const ids = [...new Set(zoneIds.filter((id): id is string => id !== null))]
  if (ids.length === 0) return []
  const zones = await tx.accessZone.findMany({
    where: { id: { in: ids } },
    select: { id: true, capacity: true },
    orderBy: { id: 'asc' },
  })
  const events: NewLiveEvent<'zone.occupancy'>[] = []
  for (const zone of zones) {
    events.push({
      type: 'zone.occupancy',
      organizationId,
      propertyId,
      payload: { zoneId: zone.id, count: await countInZone(tx, zone.id), capacity: zone.capacity },
    })
  }
  return events
}

/** `visitor.checkedIn` / `visitor.checkedOut` for a visit (scoped to its property). */
export function visitorEvent<T extends 'visitor.checkedIn' | 'visitor.checkedOut'>(
  type: T,
  visit: {
    id: string
    organizationId: string
    propertyId: string
    visitorName: string
    currentZoneId: string | null
  },
  at: Date,
): NewLiveEvent<T> {
  const payload: LiveEventPayload<'visitor.checkedIn'> = {
    visitorId: visit.id,
    name: visit.visitorName,
    zoneId: visit.currentZoneId,
    at: at.toISOString(),
  }
  return {
    type,
    organizationId: visit.organizationId,
    propertyId: visit.propertyId,
    payload: payload as LiveEventPayload<T>,
  }
}
