import { sparklinePoints } from './sparkline-model.ts'

export interface SparklineProps {
  values: readonly number[]
  /**
   * Translated summary that a screen reader reads instead of the drawing, e.g. "Temperature,
   * last 2 hours: from 22.1 to 26.4 °C, now 24.0 °C".
   */
  summary: string
  width?: number
  height?: number
  /** Marks the line as out of range (drawn in the danger colour, dashed). */
  alert?: boolean
}

/** A small trend line. The SVG is an image with a text alternative; the numbers are in `summary`. */
export function Sparkline({
  values,
  summary,
  width = 120,
  height = 32,
  alert = false,
}: SparklineProps) {
  const points = sparklinePoints(values, width, height)
  return (
    <svg
      className="ui-sparkline"
      data-alert={alert}
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      preserveAspectRatio="none"
      focusable="false"
    >
      <title>{summary}</title>
      {points ? <polyline className="ui-sparkline__line" points={points} fill="none" /> : null}
    </svg>
  )
}
