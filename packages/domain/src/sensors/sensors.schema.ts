// Inputs of the sensor and alert procedures; the web forms validate with the same schemas.
import { z } from 'zod'
import {
  AlertKindSchema,
  AlertSeveritySchema,
  AlertStatusSchema,
  SensorMetricSchema,
} from '../realtime/live-events.ts'
import { SensorDeviceKindSchema } from './sensor-metrics.ts'

/** Sensor codes follow the hierarchy's code form (ADDR2), e.g. `VEG-A-TH1`. */
export const SensorCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[A-Z0-9](?:[A-Z0-9-]{0,22}[A-Z0-9])?$/,
    'A sensor code has 1–24 characters from A–Z, 0–9 and "-", not starting or ending with "-".',
  )

const NameSchema = z.string().trim().min(1, 'Give a name.').max(80, 'At most 80 characters.')

export const SensorCreateInputSchema = z.object({
  propertyId: z.uuid(),
  roomId: z.uuid().nullable().default(null),
  positionId: z.uuid().nullable().default(null),
  code: SensorCodeSchema,
  name: NameSchema,
  kind: SensorDeviceKindSchema,
})
export type SensorCreateInput = z.infer<typeof SensorCreateInputSchema>

export const SensorUpdateInputSchema = z.object({
  sensorId: z.uuid(),
  roomId: z.uuid().nullable().optional(),
  positionId: z.uuid().nullable().optional(),
  name: NameSchema.optional(),
  kind: SensorDeviceKindSchema.optional(),
})
export type SensorUpdateInput = z.infer<typeof SensorUpdateInputSchema>

export const SensorIdInputSchema = z.object({ sensorId: z.uuid() })
export type SensorIdInput = z.infer<typeof SensorIdInputSchema>

export const SensorListInputSchema = z.object({
  propertyId: z.uuid().optional(),
  roomId: z.uuid().optional(),
})
export type SensorListInput = z.infer<typeof SensorListInputSchema>

/** Most points a chart series comes back with (SENS11). */
export const MAX_SERIES_POINTS = 200

export const SensorReadingsInputSchema = z
  .object({
    sensorId: z.uuid(),
    metric: SensorMetricSchema,
    from: z.coerce.date(),
    to: z.coerce.date(),
    /** Bucket width in seconds; default: the range split into at most 200 buckets. */
    bucketSeconds: z.int().min(1).max(86_400).optional(),
  })
  .refine((input) => input.from < input.to, {
    message: '"from" must be before "to".',
    path: ['to'],
  })
  .refine((input) => input.to.getTime() - input.from.getTime() <= 93 * 86_400_000, {
    message: 'Ask for at most 93 days at a time.',
    path: ['from'],
  })
export type SensorReadingsInput = z.infer<typeof SensorReadingsInputSchema>

/**
 * Bucket width for a chart of [from, to]: the asked width, widened so that the range never
 * needs more than {@link MAX_SERIES_POINTS} buckets (SENS11).
 */
export function seriesBucketSeconds(from: Date, to: Date, asked?: number): number {
  const rangeSeconds = Math.max(1, (to.getTime() - from.getTime()) / 1000)
  const smallest = Math.ceil(rangeSeconds / MAX_SERIES_POINTS)
  return Math.max(asked ?? 1, smallest)
}

export const RoomSummaryInputSchema = z.object({
  propertyId: z.uuid(),
  /** Sparkline span in minutes. */
  sparklineMinutes: z
    .int()
    .min(10)
    .max(24 * 60)
    .default(120),
})
export type RoomSummaryInput = z.infer<typeof RoomSummaryInputSchema>

const AlertRuleFieldsSchema = z.object({
  metric: SensorMetricSchema,
  min: z.number().finite().nullable().default(null),
  max: z.number().finite().nullable().default(null),
  hysteresis: z.number().finite().min(0).default(0),
  minDurationSeconds: z
    .int()
    .min(0)
    .max(7 * 86_400)
    .default(0),
  severity: AlertSeveritySchema.default('WARNING'),
  enabled: z.boolean().default(true),
})

function checkRuleBounds(
  rule: { min?: number | null; max?: number | null; hysteresis?: number },
  ctx: z.RefinementCtx,
): void {
  const { min = null, max = null, hysteresis = 0 } = rule
  if (min !== null && max !== null && min >= max) {
    ctx.addIssue({ code: 'custom', path: ['max'], message: '"max" must be above "min".' })
  }
  if (min !== null && max !== null && hysteresis * 2 >= max - min) {
    ctx.addIssue({
      code: 'custom',
      path: ['hysteresis'],
      message:
        'The hysteresis must be less than half of max − min, or the alert could never clear.',
    })
  }
}

/** A rule is for a whole room or for one sensor (SENS7): exactly one of the two. */
export const AlertRuleCreateInputSchema = AlertRuleFieldsSchema.extend({
  propertyId: z.uuid(),
  roomId: z.uuid().nullable().default(null),
  sensorId: z.uuid().nullable().default(null),
}).superRefine((rule, ctx) => {
  if ((rule.roomId === null) === (rule.sensorId === null)) {
    ctx.addIssue({ code: 'custom', path: ['roomId'], message: 'Give either a room or a sensor.' })
  }
  if (rule.min === null && rule.max === null) {
    ctx.addIssue({ code: 'custom', path: ['min'], message: 'Give a minimum, a maximum or both.' })
  }
  checkRuleBounds(rule, ctx)
})
export type AlertRuleCreateInput = z.infer<typeof AlertRuleCreateInputSchema>

/** Only the fields given change (no defaults here, or an absent field would be reset). */
export const AlertRuleUpdateInputSchema = z
  .object({
    ruleId: z.uuid(),
    min: z.number().finite().nullable().optional(),
    max: z.number().finite().nullable().optional(),
    hysteresis: z.number().finite().min(0).optional(),
    minDurationSeconds: z
      .int()
      .min(0)
      .max(7 * 86_400)
      .optional(),
    severity: AlertSeveritySchema.optional(),
    enabled: z.boolean().optional(),
  })
  .superRefine(checkRuleBounds)
export type AlertRuleUpdateInput = z.infer<typeof AlertRuleUpdateInputSchema>

export const AlertRuleIdInputSchema = z.object({ ruleId: z.uuid() })
export const AlertRuleListInputSchema = z.object({
  propertyId: z.uuid(),
  roomId: z.uuid().optional(),
})
export type AlertRuleListInput = z.infer<typeof AlertRuleListInputSchema>

export const AlertListInputSchema = z.object({
  /** Default: open and acknowledged. */
  status: z.array(AlertStatusSchema).min(1).default(['OPEN', 'ACKNOWLEDGED']),
  propertyId: z.uuid().optional(),
  roomId: z.uuid().optional(),
  sensorId: z.uuid().optional(),
  kind: AlertKindSchema.optional(),
  limit: z.int().min(1).max(500).default(100),
})
export type AlertListInput = z.infer<typeof AlertListInputSchema>

export const AlertIdInputSchema = z.object({ alertId: z.uuid() })
export type AlertIdInput = z.infer<typeof AlertIdInputSchema>

export const AlertResolveInputSchema = z.object({
  alertId: z.uuid(),
  note: z.string().trim().min(1, 'Say how it was resolved.').max(1000),
})
export type AlertResolveInput = z.infer<typeof AlertResolveInputSchema>
