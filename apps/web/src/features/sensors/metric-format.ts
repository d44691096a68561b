// How each metric reads on screen: unit and precision. Names come from `sensors.metric.*`.
import type { SensorMetric } from '@growops/domain'

const FORMAT: Record<SensorMetric, { unit: string; digits: number }> = {
  TEMPERATURE_C: { unit: '°C', digits: 1 },
  HUMIDITY_PCT: { unit: '%', digits: 0 },
  CO2_PPM: { unit: 'ppm', digits: 0 },
  LIGHT_PPFD: { unit: 'µmol/m²/s', digits: 0 },
  SOIL_MOISTURE_PCT: { unit: '%', digits: 0 },
  EC_MS_CM: { unit: 'mS/cm', digits: 2 },
  PH: { unit: '', digits: 1 },
  VPD_KPA: { unit: 'kPa', digits: 2 },
}

/** "24.3 °C", "1,250 ppm", "6.1" (pH has no unit), in the reader's number format. */
export function formatMetricValue(metric: SensorMetric, value: number, locale: string): string {
  const { unit, digits } = FORMAT[metric]
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value)
  if (!unit) return number
  return unit === '%' ? `${number} %` : `${number} ${unit}`
}

/** Finite values of a sparkline series (gaps are buckets without readings). */
export function sparklineValues(series: readonly (number | null)[]): number[] {
  return series.filter((value): value is number => value !== null && Number.isFinite(value))
}
