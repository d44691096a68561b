import type { LiveEnvelope } from '@growops/domain'
import { createContext } from 'react'
import type { LiveConnectionState } from './live-connection.ts'

export type LiveListener = (envelopes: readonly LiveEnvelope[]) => void

export interface LiveContextValue {
  state: LiveConnectionState
  /** Calls `listener` with every batch of new events; returns the unsubscribe. */
  listen: (listener: LiveListener) => () => void
}

export const LiveContext = createContext<LiveContextValue>({
  state: 'offline',
  listen: () => () => {},
})
