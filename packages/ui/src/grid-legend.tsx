export interface GridLegendItem {
  /** Same tone names as RoomGrid cells. */
  tone: string
  symbol: string
  /** Translated, e.g. "Occupied" or "B-001 Blue Dream". */
  label: string
  /** Optional count shown after the label. */
  count?: number
}

export interface GridLegendProps {
  title: string
  items: readonly GridLegendItem[]
}

/** What the colours and symbols of a RoomGrid mean: a swatch plus words for each. */
export function GridLegend({ title, items }: GridLegendProps) {
  return (
    <figure className="ui-grid-legend">
      <figcaption className="ui-grid-legend__title">{title}</figcaption>
      <ul className="ui-grid-legend__list">
        {items.map((item) => (
          <li key={`${item.tone}-${item.label}`} className="ui-grid-legend__item">
            <span className="ui-grid-legend__swatch" data-tone={item.tone} aria-hidden="true">
              {item.symbol}
            </span>
            <span>
              {item.label}
              {item.count === undefined ? null : (
                <span className="ui-grid-legend__count"> ({item.count})</span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  )
}
