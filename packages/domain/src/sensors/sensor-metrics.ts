// What each sensor kind measures and which values are physically plausible, so a device
// sending nonsense (a unit mix-up, a broken probe) is refused at ingest (SENS2).
import { z } from 'zod'
import type { SensorMetric } from '../realtime/live-events.ts'

export const SensorDeviceKindSchema = z.enum([
  'TEMPERATURE',
  'HUMIDITY',
  'CO2',
  'LIGHT',
  'SOIL_MOISTURE',
  'EC',
  'PH',
  'MULTI',
])
export type SensorDeviceKind = z.infer<typeof SensorDeviceKindSchema>

export interface MetricRange {
  min: number
  max: number
  unit: string
}

/** Plausible range per metric (inclusive). */
export const METRIC_RANGES: Readonly<Record<SensorMetric, MetricRange>> = {
  TEMPERATURE_C: { min: -40, max: 80, unit: '°C' },
  HUMIDITY_PCT: { min: 0, max: 100, unit: '%' },
  CO2_PPM: { min: 0, max: 10_000, unit: 'ppm' },
  LIGHT_PPFD: { min: 0, max: 3_000, unit: 'µmol/m²/s' },
  SOIL_MOISTURE_PCT: { min: 0, max: 100, unit: '%' },
  EC_MS_CM: { min: 0, max: 20, unit: 'mS/cm' },
  PH: { min: 0, max: 14, unit: 'pH' },
  VPD_KPA: { min: 0, max: 10, unit: 'kPa' },
}

/** Metrics a device may send: VPD is derived, never reported (SENS3). */
export const REPORTED_METRICS = [
  'TEMPERATURE_C',
  'HUMIDITY_PCT',
  'CO2_PPM',
  'LIGHT_PPFD',
  'SOIL_MOISTURE_PCT',
  'EC_MS_CM',
  'PH',
] as const satisfies readonly SensorMetric[]
export const ReportedMetricSchema = z.enum(REPORTED_METRICS)
export type ReportedMetric = z.infer<typeof ReportedMetricSchema>

/** The metrics a sensor of each kind usually reports (for forms and the simulator). */
export const METRICS_BY_KIND: Readonly<Record<SensorDeviceKind, readonly SensorMetric[]>> = {
  TEMPERATURE: ['TEMPERATURE_C'],
  HUMIDITY: ['HUMIDITY_PCT'],
  CO2: ['CO2_PPM'],
  LIGHT: ['LIGHT_PPFD'],
  SOIL_MOISTURE: ['SOIL_MOISTURE_PCT'],
  EC: ['EC_MS_CM'],
  PH: ['PH'],
  MULTI: ['TEMPERATURE_C', 'HUMIDITY_PCT', 'VPD_KPA'],
}
