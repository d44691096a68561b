// Applies live events to react-query's cache: patches what the event carries in full
// (room occupancy), refetches the rest once per batch.
import type { LiveEnvelope } from '@growops/domain'
import type { QueryClient } from '@tanstack/react-query'
import { liveCacheActions, patchRoomOccupancy, type ProcedurePath } from './live-dispatch.ts'

type OccupancyRooms = Parameters<typeof patchRoomOccupancy>[0]

export function applyLiveEvents(
  queryClient: QueryClient,
  envelopes: readonly LiveEnvelope[],
): void {
  const stale = new Map<string, ProcedurePath>()
  for (const envelope of envelopes) {
    const actions = liveCacheActions(envelope)
    const change = actions.occupancy
    if (change) {
      // tRPC query keys are [path, { input, type }]; a bare path matches every input.
      queryClient.setQueriesData<OccupancyRooms>(
        { queryKey: [['property', 'occupancy']] },
        (rooms) => patchRoomOccupancy(rooms, change),
      )
    }
    for (const path of actions.invalidate) stale.set(path.join('.'), path)
  }
  for (const path of stale.values()) void queryClient.invalidateQueries({ queryKey: [path] })
}
