// Inputs of the visitor and kiosk procedures (VIS5, VIS8, VIS9); the web forms validate with the
// same schemas. Member procedures get `organizationId` added by the api; kiosk procedures carry
// the kiosk's device token instead.
import { z } from 'zod'
import { LocaleSchema } from '../auth/auth.schema.ts'
import { BADGE_CODE_LENGTH, isBadgeCode, normalizeBadgeCodeInput } from './badge-code.ts'

export const VISITOR_TEXT_LIMITS = {
  name: 120,
  company: 120,
  purpose: 300,
  email: 254,
  phone: 40,
  zoneName: 80,
  kioskName: 80,
} as const

/** Rooms one zone may hold, and zones one visit may name. */
export const MAX_ZONE_ROOMS = 500
export const MAX_VISIT_ZONES = 20

const DateTimeSchema = z.union([
  z.date(),
  z.iso
    .datetime({ offset: true, error: 'Give a date and time such as 2026-05-01T08:00:00Z.' })
    .transform((value) => new Date(value)),
])
const DateSchema = z.iso.date({ error: 'Give a date such as 2026-05-01.' })

function text(max: number, empty: string) {
  return z.string().trim().min(1, empty).max(max, `At most ${max} characters.`)
}

/** An optional text: blank is the same as left out. */
function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .optional()
    .transform((value) => (value === '' ? undefined : value))
}

function uniqueIds(max: number, what: string) {
  return z
    .array(z.uuid())
    .max(max, `At most ${max} ${what}.`)
    .refine(
      (ids) => new Set(ids).size === ids.length,
      `A ${what.replace(/s$/, '')} is named twice.`,
    )
}

/** A badge code as typed or scanned (VIS1): normalized, then exactly 10 Crockford characters. */
export const BadgeCodeSchema = z
  .string()
  .max(64)
  .transform(normalizeBadgeCodeInput)
  .refine(isBadgeCode, `A badge code is ${BADGE_CODE_LENGTH} letters and digits.`)

/** A zone code: upper-case letters, digits and dashes, like the layout's codes (VIS8). */
export const ZoneCodeSchema = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(
    z
      .string()
      .regex(/^[A-Z0-9-]{1,16}$/, 'A zone code is 1 to 16 letters, digits or dashes (e.g. LOBBY).'),
  )

const ZoneFields = {
  code: ZoneCodeSchema,
  name: text(VISITOR_TEXT_LIMITS.zoneName, 'Give the zone a name.'),
  /** Null = no limit. */
  capacity: z.int().min(1, 'A capacity is at least 1.').max(10_000).nullable(),
  escortRequired: z.boolean(),
  roomIds: uniqueIds(MAX_ZONE_ROOMS, 'rooms'),
}

export const ZoneCreateInputSchema = z.object({
  propertyId: z.uuid(),
  ...ZoneFields,
  capacity: ZoneFields.capacity.default(null),
  escortRequired: ZoneFields.escortRequired.default(true),
  roomIds: ZoneFields.roomIds.default([]),
})
export type ZoneCreateInput = z.infer<typeof ZoneCreateInputSchema>

/** Fields left out stay as they are; `roomIds` replaces the zone's rooms. */
export const ZoneUpdateInputSchema = z.object({
  zoneId: z.uuid(),
  code: ZoneFields.code.optional(),
  name: ZoneFields.name.optional(),
  capacity: ZoneFields.capacity.optional(),
  escortRequired: ZoneFields.escortRequired.optional(),
  roomIds: ZoneFields.roomIds.optional(),
})
export type ZoneUpdateInput = z.infer<typeof ZoneUpdateInputSchema>

export const ZoneIdInputSchema = z.object({ zoneId: z.uuid() })
export type ZoneIdInput = z.infer<typeof ZoneIdInputSchema>

export const PropertyVisitorsInputSchema = z.object({ propertyId: z.uuid() })
export type PropertyVisitorsInput = z.infer<typeof PropertyVisitorsInputSchema>

/** Who is coming: what the pre-registration form and the kiosk both ask. */
const VisitorFields = {
  visitorName: text(VISITOR_TEXT_LIMITS.name, 'Give the visitor’s full name.'),
  company: optionalText(VISITOR_TEXT_LIMITS.company),
  purpose: text(VISITOR_TEXT_LIMITS.purpose, 'Say what the visit is for.'),
  zoneIds: uniqueIds(MAX_VISIT_ZONES, 'zones').min(1, 'Choose at least one zone.'),
}

/** `visitor.preRegister`: omitting `hostId` makes the caller the host. */
export const PreRegisterInputSchema = z.object({
  propertyId: z.uuid(),
  ...VisitorFields,
  email: z
    .email('Give an e-mail address such as name@example.com.')
    .max(VISITOR_TEXT_LIMITS.email)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  phone: optionalText(VISITOR_TEXT_LIMITS.phone),
  hostId: z.uuid().optional(),
  expectedAt: DateTimeSchema,
})
export type PreRegisterInput = z.infer<typeof PreRegisterInputSchema>

/** The two acknowledgements every check-in needs (VIS5): true, never just present. */
const CheckInAcknowledgements = {
  idChecked: z.literal(true, { error: 'Confirm that photo ID was shown to reception.' }),
  safetyAgreementAccepted: z.literal(true, { error: 'The safety agreement must be accepted.' }),
}

/** `visitor.checkIn` at reception: a pre-registered visit, into one of its zones. */
export const CheckInInputSchema = z.object({
  visitId: z.uuid(),
  ...CheckInAcknowledgements,
  /** The language the agreement was read in; its text's hash is recorded. */
  agreementLocale: LocaleSchema.default('en'),
  /** Default: the first zone of the visit. */
  zoneId: z.uuid().optional(),
})
export type CheckInInput = z.infer<typeof CheckInInputSchema>

/** A visit named by its id or by its badge code, exactly one of the two. */
const VisitRefSchema = z
  .object({ visitId: z.uuid().optional(), badgeCode: BadgeCodeSchema.optional() })
  .refine((ref) => (ref.visitId === undefined) !== (ref.badgeCode === undefined), {
    message: 'Give the visit id or the badge code, not both.',
    path: ['badgeCode'],
  })

export const VisitRefInputSchema = VisitRefSchema
export type VisitRefInput = z.infer<typeof VisitRefInputSchema>

export const VisitIdInputSchema = z.object({ visitId: z.uuid() })
export type VisitIdInput = z.infer<typeof VisitIdInputSchema>

export const MoveToZoneInputSchema = z.object({ visitId: z.uuid(), zoneId: z.uuid() })
export type MoveToZoneInput = z.infer<typeof MoveToZoneInputSchema>

export const VISIT_LIST_VIEWS = ['expected', 'onSite', 'history'] as const

/** `visitor.list`: today's expected visitors, those on site, or every visit in a date range. */
export const VisitListInputSchema = z
  .object({
    propertyId: z.uuid(),
    view: z.enum(VISIT_LIST_VIEWS),
    /** History only: local dates, inclusive; default the last 30 days. */
    from: DateSchema.optional(),
    to: DateSchema.optional(),
    limit: z.int().min(1).max(500).default(200),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: '`from` is after `to`.',
    path: ['to'],
  })
export type VisitListInput = z.infer<typeof VisitListInputSchema>

/** A kiosk's device token (VIS9): `gk_` and 43 base64url characters (32 random bytes). */
export const KioskTokenSchema = z
  .string()
  .trim()
  .regex(/^gk_[A-Za-z0-9_-]{43}$/, 'This kiosk link is not valid. Ask a manager for a new one.')
export type KioskToken = z.infer<typeof KioskTokenSchema>

/** The token as a kiosk procedure receives it; its format is checked with the token itself, so a
 * damaged token is refused like a revoked one (`KIOSK.INVALID_TOKEN`). */
const KioskTokenInputSchema = z.string().trim().min(1, 'This kiosk is not signed in.').max(128)

export const KioskCreateInputSchema = z.object({
  propertyId: z.uuid(),
  name: text(VISITOR_TEXT_LIMITS.kioskName, 'Give the kiosk a name, e.g. Front lobby.'),
})
export type KioskCreateInput = z.infer<typeof KioskCreateInputSchema>

export const KioskIdInputSchema = z.object({ kioskId: z.uuid() })
export type KioskIdInput = z.infer<typeof KioskIdInputSchema>

export const KioskSessionInputSchema = z.object({
  token: KioskTokenInputSchema,
  locale: LocaleSchema.default('en'),
})
export type KioskSessionInput = z.infer<typeof KioskSessionInputSchema>

/**
 * `kiosk.checkIn` (VIS5, VIS11): a visitor checks in; a visit expected today under the same name
 * is used when there is one (its zones stand), otherwise this is a walk-in with the zones chosen.
 */
export const KioskCheckInInputSchema = z.object({
  token: KioskTokenInputSchema,
  ...VisitorFields,
  hostId: z.uuid({ error: 'Choose who you are visiting.' }),
  ...CheckInAcknowledgements,
  /** The SHA-256 (hex) of the agreement text shown, from `kiosk.session`. */
  safetyAgreementSha: z.string().regex(/^[0-9a-f]{64}$/, 'Reload the kiosk and try again.'),
})
export type KioskCheckInInput = z.infer<typeof KioskCheckInInputSchema>

export const KioskCheckOutInputSchema = z.object({
  token: KioskTokenInputSchema,
  /** The badge's QR text (`…/q/1/v/<code>`) or its code as typed. */
  badge: z.string().trim().min(1, 'Scan your badge or type its code.').max(512),
})
export type KioskCheckOutInput = z.infer<typeof KioskCheckOutInputSchema>
