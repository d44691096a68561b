export interface OccupancyCounts {
  total: number
  occupied: number
  reserved: number
  damaged: number
  empty: number
}

export interface OccupancyBarProps {
  counts: OccupancyCounts
  /** Translated names of the four states. */
  labels: { occupied: string; reserved: string; damaged: string; empty: string }
  /** Translated one-line summary, e.g. "60 of 96 positions occupied (63%)". */
  summary: string
}

const STATES = ['occupied', 'reserved', 'damaged', 'empty'] as const

/**
 * A room's occupancy as a stacked bar with patterns, and the same figures in words:
 * the bar is decorative, the text carries the meaning.
 */
export function OccupancyBar({ counts, labels, summary }: OccupancyBarProps) {
  const total = Math.max(counts.total, 0)
  return (
    <div className="ui-occupancy">
      <p className="ui-occupancy__summary">{summary}</p>
      <div className="ui-occupancy__bar" aria-hidden="true">
        {total > 0
          ? STATES.map((state) =>
              counts[state] > 0 ? (
                <span
                  key={state}
                  className="ui-occupancy__segment"
                  data-tone={state}
                  style={{ width: `${(counts[state] / total) * 100}%` }}
                />
              ) : null,
            )
          : null}
      </div>
      <ul className="ui-occupancy__figures">
        {STATES.map((state) => (
          <li key={state} className="ui-occupancy__figure">
            <span className="ui-occupancy__key" data-tone={state} aria-hidden="true" />
            {labels[state]} {counts[state]}
          </li>
        ))}
      </ul>
    </div>
  )
}
