// What the audit trail may be filtered by: `audit.list` (tRPC) and the CSV export (query
// string) take the same filters, so the web's filter form, the procedure and the HTTP
// endpoint validate alike.
import { z } from 'zod'

export const AUDIT_LIST_MAX_LIMIT = 200
export const AUDIT_LIST_DEFAULT_LIMIT = 50

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A point in time as typed or sent: an ISO date (`2026-03-01`, a UTC day) or an ISO
 * date-time with a zone (`2026-03-01T08:00:00Z`, `…+02:00`).
 */
export const AuditInstantSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'Use a date like 2026-03-01 or a date-time like 2026-03-01T08:00:00Z.',
})

/** A `seq` as a decimal string (seq is a bigint; JSON has no bigint). */
export const AuditSeqSchema = z
  .string()
  .regex(/^[1-9]\d{0,18}$/, 'Use the nextCursor of a previous page.')
  .brand<'AuditSeq'>()
export type AuditSeq = z.infer<typeof AuditSeqSchema>

const TEXT_FILTER_MAX = 128

function optionalText(what: string) {
  return z
    .string()
    .trim()
    .min(1, `${what} cannot be empty; leave it out to match every ${what.toLowerCase()}.`)
    .max(TEXT_FILTER_MAX)
    .optional()
}

const AuditFilterShape = {
  entityType: optionalText('Entity type'),
  entityId: optionalText('Entity id'),
  actorId: z.uuid('actorId must be a user id.').optional(),
  from: AuditInstantSchema.optional(),
  to: AuditInstantSchema.optional(),
}

/** Range bounds in time order, or not at all. */
function rangeIsOrdered(value: { from?: string | undefined; to?: string | undefined }): boolean {
  if (!value.from || !value.to) return true
  const range = resolveAuditRange(value.from, value.to)
  return (range.from?.getTime() ?? 0) < (range.to?.getTime() ?? 0)
}

const RANGE_ORDER_ISSUE = { message: '`from` must be before `to`.', path: ['to'] }

/** Filters every audit query shares ([AUD3]). */
export const AuditFiltersSchema = z
  .object(AuditFilterShape)
  .refine(rangeIsOrdered, RANGE_ORDER_ISSUE)
export type AuditFilters = z.infer<typeof AuditFiltersSchema>

/** `audit.list` input (the router adds `organizationId`): filters plus keyset paging. */
export const AuditListInputSchema = z
  .object({
    ...AuditFilterShape,
    cursor: AuditSeqSchema.optional(),
    limit: z.number().int().min(1).max(AUDIT_LIST_MAX_LIMIT).default(AUDIT_LIST_DEFAULT_LIMIT),
  })
  .refine(rangeIsOrdered, RANGE_ORDER_ISSUE)
export type AuditListInput = z.input<typeof AuditListInputSchema>

/** The CSV export's query string: which organization, and optional range and entity type. */
export const AuditExportQuerySchema = z
  .object({
    organizationId: z.uuid('organizationId must be an organization id.'),
    entityType: AuditFilterShape.entityType,
    from: AuditFilterShape.from,
    to: AuditFilterShape.to,
  })
  .strict()
  .refine(rangeIsOrdered, RANGE_ORDER_ISSUE)
export type AuditExportQuery = z.infer<typeof AuditExportQuerySchema>

export interface AuditRange {
  /** Inclusive. */
  from: Date | null
  /** Exclusive. */
  to: Date | null
}

function toDate(value: string, endOfDay: boolean): Date {
  if (!DATE_ONLY.test(value)) return new Date(value)
  const start = new Date(`${value}T00:00:00.000Z`)
  return endOfDay ? new Date(start.getTime() + DAY_MS) : start
}

/**
 * The time range a filter means ([AUD3]): `from` is inclusive, `to` exclusive; a date
 * without a time is a whole UTC day at either end, so `from=2026-03-01&to=2026-03-31`
 * covers all of March 1st to 31st.
 */
export function resolveAuditRange(from?: string, to?: string): AuditRange {
  return {
    from: from === undefined ? null : toDate(from, false),
    to: to === undefined ? null : toDate(to, true),
  }
}
