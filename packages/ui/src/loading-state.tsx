import { Spinner } from './spinner.tsx'

export interface LoadingStateProps {
  /** Already translated, e.g. "Loading your workspace…". */
  label: string
}

/** A polite live status with a spinner: never a blank screen while data loads. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div className="ui-loading-state" role="status" aria-live="polite">
      <Spinner />
      <span>{label}</span>
    </div>
  )
}
