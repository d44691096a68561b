// Applies live events to react-query's cache: patches what the event carries in full
// (room occupancy), refetches the rest once per batch, and sensor views at most every few
// seconds however fast readings arrive.
import type { LiveEnvelope } from '@growops/domain'
import type { QueryClient } from '@tanstack/react-query'
import { liveCacheActions, patchRoomOccupancy, type ProcedurePath } from './live-dispatch.ts'

type OccupancyRooms = Parameters<typeof patchRoomOccupancy>[0]

export interface LiveCache {
  apply: (envelopes: readonly LiveEnvelope[]) => void
  dispose: () => void
}

/** tRPC query keys are [path, { input, type }]; a bare path matches every input. */
function invalidate(queryClient: QueryClient, path: ProcedurePath): void {
  void queryClient.invalidateQueries({ queryKey: [path] })
}

export function createLiveCache(queryClient: QueryClient, throttleMs = 5_000): LiveCache {
  const waiting = new Map<string, ProcedurePath>()
  let timer: ReturnType<typeof setTimeout> | undefined

  function flush(): void {
    timer = undefined
    for (const path of waiting.values()) invalidate(queryClient, path)
    waiting.clear()
  }

  return {
    apply(envelopes) {
      const stale = new Map<string, ProcedurePath>()
      for (const envelope of envelopes) {
        const actions = liveCacheActions(envelope)
        const change = actions.occupancy
        if (change) {
          queryClient.setQueriesData<OccupancyRooms>(
            { queryKey: [['property', 'occupancy']] },
            (rooms) => patchRoomOccupancy(rooms, change),
          )
        }
        for (const path of actions.invalidate) stale.set(path.join('.'), path)
        for (const path of actions.throttled ?? []) waiting.set(path.join('.'), path)
      }
      for (const path of stale.values()) invalidate(queryClient, path)
      if (waiting.size > 0 && timer === undefined) timer = setTimeout(flush, throttleMs)
    },
    dispose() {
      clearTimeout(timer)
      waiting.clear()
    },
  }
}
