import type { ReactNode } from 'react'

export interface AlertProps {
  tone?: 'error' | 'info'
  /** Rendered even when empty, so screen readers announce content added later. */
  children?: ReactNode
  id?: string
}

/**
 * A live region. Errors use role="alert" (assertive), information role="status".
 * Keep it mounted and change its children: a region inserted together with its
 * text is not reliably announced.
 */
export function Alert({ tone = 'error', children, id }: AlertProps) {
  return (
    <div
      id={id}
      role={tone === 'error' ? 'alert' : 'status'}
      className={`ui-alert ui-alert--${tone}`}
    >
      {children}
    </div>
  )
}
