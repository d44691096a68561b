/** A series' extent, for the chart's scale and its text summary. */
export interface SeriesExtent {
  min: number
  max: number
  first: number
  last: number
}

/** Finite values only; null for an empty series. */
export function seriesExtent(values: readonly number[]): SeriesExtent | null {
  const finite = values.filter((value) => Number.isFinite(value))
  const first = finite[0]
  const last = finite[finite.length - 1]
  if (first === undefined || last === undefined) return null
  return { min: Math.min(...finite), max: Math.max(...finite), first, last }
}

/**
 * SVG polyline points for `values` in a `width`×`height` box with `pad` units of margin:
 * x spread evenly, y scaled to the series' range (a flat series sits in the middle).
 * Non-finite values are skipped. One value draws a short flat line.
 */
export function sparklinePoints(
  values: readonly number[],
  width: number,
  height: number,
  pad = 2,
): string {
  const finite = values.filter((value) => Number.isFinite(value))
  const extent = seriesExtent(finite)
  if (!extent) return ''
  const span = extent.max - extent.min
  const innerWidth = width - pad * 2
  const innerHeight = height - pad * 2
  const y = (value: number) =>
    span === 0 ? height / 2 : pad + innerHeight - ((value - extent.min) / span) * innerHeight
  const round = (value: number) => Math.round(value * 100) / 100
  if (finite.length === 1) {
    const only = round(y(extent.first))
    return `${pad},${only} ${width - pad},${only}`
  }
  const step = innerWidth / (finite.length - 1)
  return finite.map((value, index) => `${round(pad + index * step)},${round(y(value))}`).join(' ')
}
