import { describe, expect, it } from 'vitest'
import { formatMetricValue, sparklineValues } from './metric-format.ts'

describe('formatMetricValue', () => {
  it.each([
    ['TEMPERATURE_C', 24.26, 'en', '24.3 °C'],
    ['TEMPERATURE_C', 24.26, 'es', '24,3 °C'],
    ['CO2_PPM', 1250.4, 'en', '1,250 ppm'],
    ['PH', 6.08, 'en', '6.1'],
    ['EC_MS_CM', 1.5, 'en', '1.50 mS/cm'],
    ['HUMIDITY_PCT', 61.6, 'en', '62 %'],
    ['VPD_KPA', 1.234, 'en', '1.23 kPa'],
  ] as const)('%s %d in %s reads %s', (metric, value, locale, expected) => {
    expect(formatMetricValue(metric, value, locale)).toBe(expected)
  })
})

describe('sparklineValues', () => {
  it('drops gaps', () => {
    expect(sparklineValues([1, null, 2, Number.NaN, 3])).toEqual([1, 2, 3])
  })
})
