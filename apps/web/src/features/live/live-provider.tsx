// One Socket.IO connection per signed-in session (same origin, session cookie), joined to the
// active organization and its properties. Lives in the shell, so every page gets live caches
// and the connection badge; components listen to raw events with useLiveEvents.
import type { LiveEnvelope } from '@growops/domain'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { io } from 'socket.io-client'
import { useActiveOrganizationOrNull } from '../../app/active-organization.tsx'
import { trpc } from '../../app/trpc.ts'
import { createLiveCache } from './live-cache.ts'
import { createLiveCatchUp, sessionSeqStorage } from './live-catch-up.ts'
import {
  startLiveConnection,
  type LiveConnectionState,
  type LiveSocket,
} from './live-connection.ts'
import { LiveContext, type LiveListener } from './live-context.ts'

/** Socket.IO joins at most 50 properties per subscription (LiveSubscribeSchema). */
const MAX_PROPERTIES = 50

export function LiveProvider({ children }: { children: ReactNode }) {
  const active = useActiveOrganizationOrNull()
  const organizationId = active?.organizationId ?? null
  const queryClient = useQueryClient()
  const { client: trpcClient } = trpc.useUtils()
  const properties = trpc.property.list.useQuery(
    { organizationId: organizationId ?? '' },
    { enabled: organizationId !== null },
  )
  const settled = !properties.isPending || organizationId === null
  const propertyKey = (properties.data ?? [])
    .slice(0, MAX_PROPERTIES)
    .map((property) => property.id)
    .join(',')
  const [state, setState] = useState<LiveConnectionState>('connecting')
  const listeners = useRef(new Set<LiveListener>())

  useEffect(() => {
    if (organizationId === null || !settled) return
    const socket = io({ path: '/socket.io', withCredentials: true, autoConnect: false })
    const cache = createLiveCache(queryClient)
    const connection = startLiveConnection({
      socket: socket as unknown as LiveSocket,
      subscription: {
        organizationId,
        propertyIds: propertyKey ? propertyKey.split(',') : [],
        roomIds: [],
      },
      catchUp: createLiveCatchUp(trpcClient, organizationId),
      storage: sessionSeqStorage(organizationId),
      onEvents: (envelopes: LiveEnvelope[]) => {
        cache.apply(envelopes)
        for (const listener of listeners.current) listener(envelopes)
      },
      onState: setState,
      onResync: () => void queryClient.invalidateQueries(),
    })
    return () => {
      connection.close()
      cache.dispose()
    }
  }, [organizationId, settled, propertyKey, queryClient, trpcClient])

  const listen = useCallback((listener: LiveListener) => {
    listeners.current.add(listener)
    return () => {
      listeners.current.delete(listener)
    }
  }, [])
  const value = useMemo(
    () => ({ state: organizationId === null ? ('offline' as const) : state, listen }),
    [organizationId, state, listen],
  )
  return <LiveContext value={value}>{children}</LiveContext>
}
