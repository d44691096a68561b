// Anomaly detection on one series (SENS8–SENS10): a robust rolling baseline (median and MAD
// of the recent window) flags readings far outside it; an unchanging tail is a flat-lined
// sensor; no reading for too long is a silent one.
import type { SensorMetric } from '../realtime/live-events.ts'

export interface AnomalyOptions {
  /** Values in the baseline window. */
  window: number
  /** Values needed before anything is flagged. */
  warmUp: number
  /** How many robust deviations from the median count as anomalous. */
  threshold: number
  /** Smallest spread the baseline assumes, in the metric's unit (a steady room has MAD 0). */
  minSpread: number
  /** A flat line needs at least this many identical values… */
  flatlineReadings: number
  /** …spanning at least this long. */
  flatlineSeconds: number
}

/** Smallest meaningful spread per metric: below it, a change is sensor noise, not an anomaly. */
const MIN_SPREAD: Readonly<Record<SensorMetric, number>> = {
  TEMPERATURE_C: 0.5,
  HUMIDITY_PCT: 2,
  CO2_PPM: 50,
  LIGHT_PPFD: 50,
  SOIL_MOISTURE_PCT: 2,
  EC_MS_CM: 0.1,
  PH: 0.1,
  VPD_KPA: 0.05,
}

export function defaultAnomalyOptions(metric: SensorMetric): AnomalyOptions {
  return {
    window: 120,
    warmUp: 20,
    threshold: 6,
    minSpread: MIN_SPREAD[metric],
    flatlineReadings: 30,
    flatlineSeconds: 10 * 60,
  }
}

export interface SeriesPoint {
  value: number
  recordedAt: Date
}

export interface SeriesScan {
  /** Incoming readings far outside the baseline before them, with their baseline. */
  anomalies: { index: number; value: number; median: number; spread: number }[]
  /** Whether the series ends in a flat line (SENS9). */
  flatlined: boolean
}

function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Median and scaled MAD (≈ standard deviation for normal data) of `values`. */
export function robustBaseline(values: readonly number[]): { median: number; spread: number } {
  const sorted = values.toSorted((a, b) => a - b)
  const center = median(sorted)
  const deviations = sorted.map((value) => Math.abs(value - center)).sort((a, b) => a - b)
  return { median: center, spread: 1.4826 * median(deviations) }
}

/**
 * Scans `incoming` (time order) against `history` (the series' earlier values, oldest first).
 * Each incoming value is judged against the window before it (SENS8): flagged when it lies
 * more than `threshold` × max(spread, minSpread) from the median, and only after `warmUp`
 * values. Flagged values stay out of the baseline, so one spike cannot widen it.
 */
export function scanSeries(
  history: readonly SeriesPoint[],
  incoming: readonly SeriesPoint[],
  options: AnomalyOptions,
): SeriesScan {
  const window = history.slice(-options.window).map((point) => point.value)
  const anomalies: SeriesScan['anomalies'] = []
  incoming.forEach((point, index) => {
    if (window.length >= options.warmUp) {
      const baseline = robustBaseline(window)
      const spread = Math.max(baseline.spread, options.minSpread)
      if (Math.abs(point.value - baseline.median) > options.threshold * spread) {
        anomalies.push({ index, value: point.value, median: baseline.median, spread })
        return
      }
    }
    window.push(point.value)
    if (window.length > options.window) window.shift()
  })
  return { anomalies, flatlined: isFlatlined([...history, ...incoming], options) }
}

/**
 * Whether the series ends in at least `flatlineReadings` identical values spanning at least
 * `flatlineSeconds` (SENS9): a stuck probe, not a steady room, as real probes jitter.
 */
export function isFlatlined(series: readonly SeriesPoint[], options: AnomalyOptions): boolean {
  const last = series.at(-1)
  if (!last) return false
  let count = 0
  let first = last
  for (let index = series.length - 1; index >= 0; index--) {
    const point = series[index]
    if (!point || point.value !== last.value) break
    count += 1
    first = point
  }
  const spanMs = last.recordedAt.getTime() - first.recordedAt.getTime()
  return count >= options.flatlineReadings && spanMs >= options.flatlineSeconds * 1000
}

/** Whether a sensor that last reported at `lastReadingAt` is silent at `now` (SENS10). */
export function isSilent(
  lastReadingAt: Date | null,
  now: Date,
  silentAfterMinutes: number,
): boolean {
  if (!lastReadingAt) return false
  return now.getTime() - lastReadingAt.getTime() > silentAfterMinutes * 60_000
}
