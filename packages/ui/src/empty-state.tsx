import type { ReactNode } from 'react'

export interface EmptyStateProps {
  title: string
  /** What will appear here and how it gets there. */
  children: ReactNode
  /** Heading level that fits the page outline. */
  headingLevel?: 2 | 3
  action?: ReactNode
}

/** Tells people there is nothing yet and what will show up here, without fake figures. */
export function EmptyState({ title, children, headingLevel = 2, action }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="ui-empty-state">
      <Heading className="ui-empty-state__title">{title}</Heading>
      <div className="ui-empty-state__body">{children}</div>
      {action}
    </section>
  )
}
