// The body a device posts to /api/ingest/readings (SENS1–SENS3). The device's API key says
// which sensor it is, so a reading carries only what it measured, the value and when.
import { z } from 'zod'
import { METRIC_RANGES, REPORTED_METRICS, type ReportedMetric } from './sensor-metrics.ts'
import type { TimedReading } from './vpd.ts'

/** Most readings one request may carry. */
export const MAX_INGEST_BATCH = 1000
/** How far ahead of the server's clock a reading's time may be (device clock drift). */
export const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000

const IngestReadingSchema = z.strictObject({
  metric: z.string({ error: 'Give the metric, e.g. TEMPERATURE_C.' }).superRefine((metric, ctx) => {
    if (!(REPORTED_METRICS as readonly string[]).includes(metric)) {
      ctx.addIssue({
        code: 'custom',
        message:
          metric === 'VPD_KPA'
            ? 'VPD_KPA is derived from temperature and humidity; do not send it.'
            : `Unknown metric "${metric.slice(0, 40)}"; use one of ${REPORTED_METRICS.join(', ')}.`,
      })
    }
  }),
  value: z.number({ error: 'Give the value as a number.' }),
  recordedAt: z.iso
    .datetime({ offset: true, error: 'Give recordedAt as an ISO 8601 date-time.' })
    .optional(),
})

export const IngestPayloadSchema = z.strictObject({
  readings: z
    .array(IngestReadingSchema)
    .min(1, 'Send at least one reading.')
    .max(MAX_INGEST_BATCH, `Send at most ${MAX_INGEST_BATCH} readings per request.`),
})
export type IngestPayload = z.infer<typeof IngestPayloadSchema>

export interface IngestIssue {
  /** Where, e.g. `readings[3].value`. */
  field: string
  message: string
}

export type IngestParseResult =
  { ok: true; readings: TimedReading[] } | { ok: false; issues: IngestIssue[] }

function fieldOf(path: readonly PropertyKey[]): string {
  let field = ''
  for (const part of path) {
    field += typeof part === 'number' ? `[${part}]` : `${field ? '.' : ''}${String(part)}`
  }
  return field || 'body'
}

/**
 * Checks a device's payload against `now`: shape (SENS1), plausible ranges per metric
 * (SENS2), reported metrics only (SENS3) and no time more than 5 minutes ahead. Readings
 * without a time are taken at `now`. Every issue names the reading's index and field.
 */
export function parseIngestPayload(body: unknown, now: Date): IngestParseResult {
  const parsed = IngestPayloadSchema.safeParse(body)
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((issue) => ({
      field:
        issue.code === 'unrecognized_keys'
          ? `${fieldOf(issue.path)}${issue.path.length ? '.' : ''}${issue.keys[0] ?? ''}`
          : fieldOf(issue.path),
      message: issue.message,
    }))
    return { ok: false, issues }
  }
  const issues: IngestIssue[] = []
  const readings: TimedReading[] = []
  parsed.data.readings.forEach((reading, index) => {
    const metric = reading.metric as ReportedMetric
    const range = METRIC_RANGES[metric]
    if (!Number.isFinite(reading.value) || reading.value < range.min || reading.value > range.max) {
      issues.push({
        field: `readings[${index}].value`,
        message: `${metric} must be between ${range.min} and ${range.max} ${range.unit}; got ${reading.value}.`,
      })
    }
    const recordedAt = reading.recordedAt ? new Date(reading.recordedAt) : now
    if (recordedAt.getTime() - now.getTime() > MAX_FUTURE_SKEW_MS) {
      issues.push({
        field: `readings[${index}].recordedAt`,
        message: `recordedAt ${reading.recordedAt ?? ''} is more than 5 minutes in the future; check the device clock.`,
      })
    }
    readings.push({ metric, value: reading.value, recordedAt })
  })
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, 20) }
  return { ok: true, readings }
}
