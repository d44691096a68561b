// Inputs of the labor procedures and the labor CSV export (LAB11–LAB15). The organization id
// is added by the api's organization procedures.
import { z } from 'zod'
import { isKnownTimeZone } from '../comms/shifts.ts'
import { RoleSchema } from '../rbac/access.schema.ts'
import { LABOR_GROUP_BYS, LABOR_PERIODS } from './labor-report.ts'
import { daysBetween } from './work-calendar.ts'

/** A report covers at most this many days (a year and a bit, for leap years and weeks). */
export const MAX_LABOR_REPORT_DAYS = 400
export const EDIT_REASON_MIN_LENGTH = 5
/** $1,000.00 an hour: anything above is a typing mistake. */
export const MAX_HOURLY_CENTS = 100_000
export const MAX_BREAKS_PER_ENTRY = 20

const DateTimeSchema = z.union([
  z.date(),
  z.iso
    .datetime({ offset: true, error: 'Give a date and time such as 2026-05-01T08:00:00Z.' })
    .transform((value) => new Date(value)),
])
const DateSchema = z.iso.date({ error: 'Give a date such as 2026-05-01.' })

export const TimeZoneSchema = z
  .string()
  .refine(isKnownTimeZone, 'Give an IANA time zone such as America/Los_Angeles.')

const NoteSchema = z.string().trim().max(500, 'A note has at most 500 characters.')

const WorkTargetShape = {
  roomId: z.uuid().optional(),
  taskId: z.uuid().optional(),
  batchId: z.uuid().optional(),
  note: NoteSchema.optional(),
}

export const ClockInInputSchema = z.object(WorkTargetShape)
export type ClockInInput = z.infer<typeof ClockInInputSchema>

export const ClockOutInputSchema = z.object({ note: NoteSchema.optional() })
export type ClockOutInput = z.infer<typeof ClockOutInputSchema>

/** Paid rest breaks count as worked; unpaid meal breaks do not (LAB1). */
export const StartBreakInputSchema = z.object({ paid: z.boolean().default(false) })
export type StartBreakInput = z.infer<typeof StartBreakInputSchema>

export const LaborZoneInputSchema = z.object({ timeZone: TimeZoneSchema.optional() })
export type LaborZoneInput = z.infer<typeof LaborZoneInputSchema>

export const MyWeekInputSchema = z.object({
  timeZone: TimeZoneSchema.optional(),
  /** Any day of the week to show; omitted = this week. */
  weekOf: DateSchema.optional(),
})
export type MyWeekInput = z.infer<typeof MyWeekInputSchema>

const rangeRefinement = {
  check: (input: { from?: string; to?: string }) =>
    !input.from || !input.to || input.from <= input.to,
  message: { message: '`from` is after `to`.', path: ['to'] },
}

const EntryRangeShape = {
  /** Local workdays, inclusive; omitted = the last 14 days. */
  from: DateSchema.optional(),
  to: DateSchema.optional(),
  timeZone: TimeZoneSchema.optional(),
  limit: z.int().min(1).max(500).default(200),
}

export const TimeEntryListInputSchema = z
  .object({
    ...EntryRangeShape,
    userId: z.uuid().optional(),
    roomId: z.uuid().optional(),
    batchId: z.uuid().optional(),
  })
  .refine(rangeRefinement.check, rangeRefinement.message)
export type TimeEntryListInput = z.infer<typeof TimeEntryListInputSchema>

/** The caller's own entries. */
export const MyEntriesInputSchema = z
  .object(EntryRangeShape)
  .refine(rangeRefinement.check, rangeRefinement.message)
export type MyEntriesInput = z.infer<typeof MyEntriesInputSchema>

export const BreakEditSchema = z
  .object({ startedAt: DateTimeSchema, endedAt: DateTimeSchema, paid: z.boolean() })
  .refine((pause) => pause.endedAt > pause.startedAt, {
    message: 'A break ends after it starts.',
    path: ['endedAt'],
  })

export const EditReasonSchema = z
  .string()
  .trim()
  .min(EDIT_REASON_MIN_LENGTH, `Say why, in at least ${EDIT_REASON_MIN_LENGTH} characters.`)
  .max(500, 'A reason has at most 500 characters.')

const EDITABLE_FIELDS = [
  'clockInAt',
  'clockOutAt',
  'roomId',
  'taskId',
  'batchId',
  'note',
  'breaks',
] as const

/** A correction (LAB12): the fields given replace the entry's; `breaks` replaces all breaks. */
export const EditTimeEntryInputSchema = z
  .object({
    timeEntryId: z.uuid(),
    clockInAt: DateTimeSchema.optional(),
    clockOutAt: DateTimeSchema.optional(),
    roomId: z.uuid().nullable().optional(),
    taskId: z.uuid().nullable().optional(),
    batchId: z.uuid().nullable().optional(),
    note: NoteSchema.nullable().optional(),
    breaks: z.array(BreakEditSchema).max(MAX_BREAKS_PER_ENTRY).optional(),
    reason: EditReasonSchema,
  })
  .refine((input) => EDITABLE_FIELDS.some((field) => input[field] !== undefined), {
    message: 'Change at least one field.',
    path: ['timeEntryId'],
  })
export type EditTimeEntryInput = z.infer<typeof EditTimeEntryInputSchema>

/** OWNER only (LAB13): clock someone in, now or at a past moment. */
export const ClockInForInputSchema = z.object({
  ...WorkTargetShape,
  userId: z.uuid(),
  at: DateTimeSchema.optional(),
})
export type ClockInForInput = z.infer<typeof ClockInForInputSchema>

export const ClockOutForInputSchema = z.object({
  userId: z.uuid(),
  at: DateTimeSchema.optional(),
  note: NoteSchema.optional(),
})
export type ClockOutForInput = z.infer<typeof ClockOutForInputSchema>

export const WageRateListInputSchema = z.object({
  userId: z.uuid().optional(),
  role: RoleSchema.optional(),
})
export type WageRateListInput = z.infer<typeof WageRateListInputSchema>

/** A new rate for a person or a role's default, effective from local midnight of a date (LAB14). */
export const SetWageRateInputSchema = z
  .object({
    userId: z.uuid().optional(),
    role: RoleSchema.optional(),
    hourlyCents: z
      .int('Give whole cents.')
      .min(1, 'A rate is more than zero.')
      .max(MAX_HOURLY_CENTS, 'A rate is at most $1,000.00 an hour.'),
    effectiveFrom: DateSchema,
    timeZone: TimeZoneSchema.optional(),
    note: NoteSchema.optional(),
  })
  .refine((input) => (input.userId === undefined) !== (input.role === undefined), {
    message: 'Give either a person or a role.',
    path: ['userId'],
  })
export type SetWageRateInput = z.infer<typeof SetWageRateInputSchema>

const ReportShape = {
  groupBy: z.enum(LABOR_GROUP_BYS),
  period: z.enum(LABOR_PERIODS).default('week'),
  from: DateSchema,
  to: DateSchema,
  timeZone: TimeZoneSchema.optional(),
}

function refineReportRange(input: { from: string; to: string }, ctx: z.RefinementCtx): void {
  const days = daysBetween(input.from, input.to)
  if (days < 0) ctx.addIssue({ code: 'custom', message: '`from` is after `to`.', path: ['to'] })
  else if (days >= MAX_LABOR_REPORT_DAYS) {
    ctx.addIssue({
      code: 'custom',
      message: `A report covers at most ${MAX_LABOR_REPORT_DAYS} days.`,
      path: ['to'],
    })
  }
}

export const LaborReportInputSchema = z.object(ReportShape).superRefine(refineReportRange)
export type LaborReportInput = z.infer<typeof LaborReportInputSchema>

/** `GET /exports/labor.csv` query parameters (LAB15); unknown parameters are refused. */
export const LaborExportQuerySchema = z
  .strictObject({ organizationId: z.uuid(), ...ReportShape })
  .superRefine(refineReportRange)
export type LaborExportQuery = z.infer<typeof LaborExportQuerySchema>
