import { useCallback, useRef, useState } from 'react'

/**
 * A reducer whose next state is known at once: `apply` returns it, so the caller can send the
 * action it calls for right away (two scans in one frame each see the state the other left).
 */
export function useFlowMachine<S, E>(reducer: (state: S, event: E) => S, initial: S | (() => S)) {
  const [state, setState] = useState<S>(initial)
  const ref = useRef<S>(state)
  const apply = useCallback(
    (event: E): S => {
      const next = reducer(ref.current, event)
      ref.current = next
      setState(next)
      return next
    },
    [reducer],
  )
  return [state, apply] as const
}
