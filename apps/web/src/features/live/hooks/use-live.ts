import type { LiveEnvelope, LiveEventType } from '@growops/domain'
import { use, useEffect, useRef } from 'react'
import type { LiveConnectionState } from '../live-connection.ts'
import { LiveContext } from '../live-context.ts'

/** live / connecting / reconnecting / offline, for the shell's badge. */
export function useLiveState(): LiveConnectionState {
  return use(LiveContext).state
}

/** Calls `onEvent` for each new event of the given types (latest callback, no resubscribe). */
export function useLiveEvents(
  types: readonly LiveEventType[],
  onEvent: (envelope: LiveEnvelope) => void,
): void {
  const { listen } = use(LiveContext)
  const latest = useRef(onEvent)
  const typeKey = types.join(',')
  useEffect(() => {
    latest.current = onEvent
  })
  useEffect(() => {
    const wanted = new Set(typeKey.split(','))
    return listen((envelopes) => {
      for (const envelope of envelopes) if (wanted.has(envelope.type)) latest.current(envelope)
    })
  }, [listen, typeKey])
}
