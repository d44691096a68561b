export interface SpinnerProps {
  size?: 'regular' | 'small'
}

/** A decorative spinner; pair it with visible or visually hidden text. */
export function Spinner({ size = 'regular' }: SpinnerProps) {
  const className = size === 'small' ? 'ui-spinner ui-spinner--small' : 'ui-spinner'
  return <span className={className} aria-hidden="true" />
}
