// Vapour-pressure deficit from air temperature and relative humidity (SENS4).
import type { SensorMetric } from '../realtime/live-events.ts'

/** Saturation vapour pressure in kPa at `temperatureC` (Tetens' formula). */
export function saturationVaporPressureKpa(temperatureC: number): number {
  return 0.6108 * Math.exp((17.27 * temperatureC) / (temperatureC + 237.3))
}

/**
 * VPD in kPa: saturation pressure × (1 − RH/100), rounded to 3 decimals. RH outside 0–100 is
 * clamped, so the result is never negative.
 */
export function vaporPressureDeficitKpa(temperatureC: number, humidityPct: number): number {
  const rh = Math.min(100, Math.max(0, humidityPct))
  const vpd = saturationVaporPressureKpa(temperatureC) * (1 - rh / 100)
  return Math.round(vpd * 1000) / 1000
}

export interface TimedReading {
  metric: SensorMetric
  value: number
  recordedAt: Date
}

/**
 * One VPD reading for every instant at which the batch holds both a temperature and a
 * humidity reading (the last of each at that instant wins). Readings that already are VPD
 * are ignored; nothing is derived from readings of different instants.
 */
export function deriveVpdReadings(readings: readonly TimedReading[]): TimedReading[] {
  const byInstant = new Map<number, { t?: number; rh?: number; at: Date }>()
  for (const reading of readings) {
    if (reading.metric !== 'TEMPERATURE_C' && reading.metric !== 'HUMIDITY_PCT') continue
    const key = reading.recordedAt.getTime()
    const entry = byInstant.get(key) ?? { at: reading.recordedAt }
    if (reading.metric === 'TEMPERATURE_C') entry.t = reading.value
    else entry.rh = reading.value
    byInstant.set(key, entry)
  }
  const derived: TimedReading[] = []
  for (const entry of byInstant.values()) {
    if (entry.t === undefined || entry.rh === undefined) continue
    derived.push({
      metric: 'VPD_KPA',
      value: vaporPressureDeficitKpa(entry.t, entry.rh),
      recordedAt: entry.at,
    })
  }
  return derived
}
