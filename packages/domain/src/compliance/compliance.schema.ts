// Inputs of the `document` procedures and the audit packet download (CDOC1–CDOC12). The web's
// forms and the api validate with these; the organization id is added by the api.
import { z } from 'zod'
import { AuditInstantSchema, resolveAuditRange } from '../audit/audit-query.schema.ts'
import { RoleSchema } from '../rbac/access.schema.ts'

export const ComplianceDocumentKindSchema = z.enum(['SOP', 'LICENSE', 'PERMIT', 'REPORT', 'OTHER'])
export type ComplianceDocumentKind = z.infer<typeof ComplianceDocumentKindSchema>

export const DocumentVersionStatusSchema = z.enum(['DRAFT', 'IN_REVIEW', 'APPROVED', 'SUPERSEDED'])
export type DocumentVersionStatus = z.infer<typeof DocumentVersionStatusSchema>

export const DOCUMENT_TEXT_LIMITS = {
  code: 40,
  title: 160,
  issuer: 160,
  body: 100_000,
  changeSummary: 500,
  reviewNote: 1000,
} as const

const DateTimeSchema = z.union([
  z.date(),
  z.iso
    .datetime({ offset: true, error: 'Give a date and time such as 2026-05-01T08:00:00Z.' })
    .transform((value) => new Date(value)),
  z.iso
    .date({ error: 'Give a date such as 2026-05-01.' })
    .transform((value) => new Date(`${value}T00:00:00.000Z`)),
])

/** Optional text: blank means "none", so forms can send what the field holds. */
function optionalText(max: number, what: string) {
  return z
    .string()
    .trim()
    .max(max, `${what} has at most ${max} characters.`)
    .transform((value) => (value === '' ? null : value))
}

/** The organization's reference: SOP-012, a licence number (CDOC1). */
export const DocumentCodeSchema = z
  .string()
  .trim()
  .min(1, 'Give the document a code, e.g. SOP-012 or the licence number.')
  .max(DOCUMENT_TEXT_LIMITS.code, `A code has at most ${DOCUMENT_TEXT_LIMITS.code} characters.`)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'Use letters, digits and . _ / - in a code.')
  .transform((value) => value.toUpperCase())

const TitleSchema = z
  .string()
  .trim()
  .min(1, 'Give a title.')
  .max(DOCUMENT_TEXT_LIMITS.title, `A title has at most ${DOCUMENT_TEXT_LIMITS.title} characters.`)

/** Roles whose members acknowledge each approved version; none = nobody has to (CDOC7). */
export const RequiredAckRolesSchema = z
  .array(RoleSchema)
  .max(RoleSchema.options.length)
  .refine((roles) => new Set(roles).size === roles.length, 'A role is named twice.')

/** What a version holds: markdown text and/or an uploaded file, and its dates. */
const VersionContentShape = {
  body: optionalText(DOCUMENT_TEXT_LIMITS.body, 'The text').nullable().optional(),
  fileId: z.uuid().nullable().optional(),
  changeSummary: optionalText(DOCUMENT_TEXT_LIMITS.changeSummary, 'A change summary')
    .nullable()
    .optional(),
  effectiveFrom: DateTimeSchema.nullable().optional(),
  /** Licences and permits: when it stops being valid (CDOC9). */
  expiresAt: DateTimeSchema.nullable().optional(),
}

function datesInOrder(value: { effectiveFrom?: Date | null; expiresAt?: Date | null }): boolean {
  if (!value.effectiveFrom || !value.expiresAt) return true
  return value.effectiveFrom.getTime() < value.expiresAt.getTime()
}
const DATE_ORDER_ISSUE = { message: 'It must expire after it takes effect.', path: ['expiresAt'] }

export const DocumentCreateInputSchema = z
  .object({
    /** Omitted = the whole organization. */
    propertyId: z.uuid().optional(),
    kind: ComplianceDocumentKindSchema,
    code: DocumentCodeSchema,
    title: TitleSchema,
    issuer: optionalText(DOCUMENT_TEXT_LIMITS.issuer, 'An issuer').nullable().optional(),
    requiredAckRoles: RequiredAckRolesSchema.default([]),
    ...VersionContentShape,
  })
  .refine(datesInOrder, DATE_ORDER_ISSUE)
export type DocumentCreateInput = z.infer<typeof DocumentCreateInputSchema>

/** The next draft; content not given is copied from the version in force (CDOC4). */
export const DocumentCreateVersionInputSchema = z
  .object({ documentId: z.uuid(), ...VersionContentShape })
  .refine(datesInOrder, DATE_ORDER_ISSUE)
export type DocumentCreateVersionInput = z.infer<typeof DocumentCreateVersionInputSchema>

/** Changes to a draft; fields left out stay as they are, null clears (CDOC2). */
export const DocumentUpdateDraftInputSchema = z
  .object({
    versionId: z.uuid(),
    title: TitleSchema.optional(),
    issuer: optionalText(DOCUMENT_TEXT_LIMITS.issuer, 'An issuer').nullable().optional(),
    requiredAckRoles: RequiredAckRolesSchema.optional(),
    ...VersionContentShape,
  })
  .refine(datesInOrder, DATE_ORDER_ISSUE)
export type DocumentUpdateDraftInput = z.infer<typeof DocumentUpdateDraftInputSchema>

export const DocumentVersionIdInputSchema = z.object({ versionId: z.uuid() })
export type DocumentVersionIdInput = z.infer<typeof DocumentVersionIdInputSchema>

export const DocumentIdInputSchema = z.object({ documentId: z.uuid() })
export type DocumentIdInput = z.infer<typeof DocumentIdInputSchema>

export const DocumentSendBackInputSchema = z.object({
  versionId: z.uuid(),
  note: z
    .string()
    .trim()
    .min(1, 'Say what needs to change.')
    .max(
      DOCUMENT_TEXT_LIMITS.reviewNote,
      `A note has at most ${DOCUMENT_TEXT_LIMITS.reviewNote} characters.`,
    ),
})
export type DocumentSendBackInput = z.infer<typeof DocumentSendBackInputSchema>

/** `document.list` filters: a status means "has a version in it" (CDOC3). */
export const DocumentListInputSchema = z.object({
  kind: ComplianceDocumentKindSchema.optional(),
  status: z.enum(['DRAFT', 'IN_REVIEW', 'APPROVED']).optional(),
  /** Only documents whose version in force expires within this many days (or has expired). */
  expiringWithinDays: z.int().min(0).max(365).optional(),
  propertyId: z.uuid().optional(),
  includeArchived: z.boolean().default(false),
})
export type DocumentListInput = z.infer<typeof DocumentListInputSchema>

/** Longest range one audit packet covers, so one download stays a reasonable size. */
export const AUDIT_PACKET_MAX_DAYS = 731

/**
 * The audit packet's query string (CDOC11): organization, a range (`from` inclusive, `to`
 * exclusive; a date is a whole UTC day) and optionally one property.
 */
export const AuditPacketQuerySchema = z
  .object({
    organizationId: z.uuid('organizationId must be an organization id.'),
    from: AuditInstantSchema,
    to: AuditInstantSchema,
    propertyId: z.uuid('propertyId must be a property id.').optional(),
  })
  .strict()
  .superRefine((query, ctx) => {
    const range = resolveAuditRange(query.from, query.to)
    const from = range.from?.getTime() ?? 0
    const to = range.to?.getTime() ?? 0
    if (from >= to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: '`from` must be before `to`.' })
    } else if (to - from > AUDIT_PACKET_MAX_DAYS * 86_400_000) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `One packet covers at most ${AUDIT_PACKET_MAX_DAYS} days; ask for a shorter range.`,
      })
    }
  })
export type AuditPacketQuery = z.infer<typeof AuditPacketQuerySchema>
