// `occupancy.changed` for rooms whose positions a transaction changed: their counts as the
// transaction now sees them (its own changes included).
import type { TransactionClient } from '@growops/db'
import { countOccupancyByRoom, emptyOccupancy } from '../positions/occupancy.ts'
import type { NewLiveEvent } from './live-events.ts'

export async function occupancyEvents(
  tx: TransactionClient,
  scope: { organizationId: string; propertyId: string; roomIds: readonly (string | null)[] },
  now: Date,
): Promise<NewLiveEvent<'occupancy.changed'>[]> {
  const roomIds = [...new Set(scope.roomIds.filter((id): id is string => id !== null))].sort()
  if (roomIds.length === 0) return []
  const counts = await countOccupancyByRoom(
    tx,
    { organizationId: scope.organizationId, roomIds },
    now,
  )
  return roomIds.map((roomId) => ({
    type: 'occupancy.changed',
    organizationId: scope.organizationId,
    propertyId: scope.propertyId,
    roomId,
    payload: {
      ...(counts.get(roomId) ?? emptyOccupancy()),
      propertyId: scope.propertyId,
      roomId,
    },
  }))
}
