// Inputs of the announcement, shift note and notification procedures (COMM3, COMM9).
// The organization id is added by the api's organization procedures.
import { z } from 'zod'
import { AnnouncementPrioritySchema, ShiftNameSchema } from '../realtime/live-events.ts'
import { RoleSchema } from '../rbac/access.schema.ts'

export const COMMS_TEXT_LIMITS = { title: 120, body: 4000 } as const

const DateTimeSchema = z.union([
  z.date(),
  z.iso
    .datetime({ offset: true, error: 'Give a date and time such as 2026-05-01T08:00:00Z.' })
    .transform((value) => new Date(value)),
])
const DateSchema = z.iso.date({ error: 'Give a date such as 2026-05-01.' })

const TitleSchema = z
  .string()
  .trim()
  .min(1, 'Give a title.')
  .max(COMMS_TEXT_LIMITS.title, `A title has at most ${COMMS_TEXT_LIMITS.title} characters.`)
const BodySchema = z
  .string()
  .trim()
  .min(1, 'Write something.')
  .max(COMMS_TEXT_LIMITS.body, `A text has at most ${COMMS_TEXT_LIMITS.body} characters.`)

export const AnnouncementCreateInputSchema = z.object({
  /** Omitted = the whole organization. */
  propertyId: z.uuid().optional(),
  /** Empty = every role. */
  roles: z
    .array(RoleSchema)
    .max(RoleSchema.options.length)
    .refine((roles) => new Set(roles).size === roles.length, 'A role is named twice.')
    .default([]),
  priority: AnnouncementPrioritySchema.default('INFO'),
  title: TitleSchema,
  body: BodySchema,
  expiresAt: DateTimeSchema.optional(),
})
export type AnnouncementCreateInput = z.infer<typeof AnnouncementCreateInputSchema>

export const AnnouncementListInputSchema = z.object({
  /** Only organization-wide announcements and this property's. */
  propertyId: z.uuid().optional(),
  limit: z.int().min(1).max(100).default(50),
})
export type AnnouncementListInput = z.infer<typeof AnnouncementListInputSchema>

export const AnnouncementIdInputSchema = z.object({ announcementId: z.uuid() })
export type AnnouncementIdInput = z.infer<typeof AnnouncementIdInputSchema>

export const ShiftNoteCreateInputSchema = z.object({
  propertyId: z.uuid(),
  /** Omitted = about the whole property. */
  roomId: z.uuid().optional(),
  /** With `shift`; both omitted = the shift running now. */
  shiftDate: DateSchema.optional(),
  shift: ShiftNameSchema.optional(),
  body: BodySchema,
  followUp: z.boolean().default(false),
})
export type ShiftNoteCreateInput = z.infer<typeof ShiftNoteCreateInputSchema>

export const ShiftNoteListInputSchema = z
  .object({
    propertyId: z.uuid(),
    roomId: z.uuid().optional(),
    /** Shift dates, inclusive. */
    from: DateSchema.optional(),
    to: DateSchema.optional(),
    followUpOnly: z.boolean().default(false),
    /** Open follow-ups only (not completed); implies followUpOnly. */
    openOnly: z.boolean().default(false),
    limit: z.int().min(1).max(200).default(100),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: '`from` is after `to`.',
    path: ['to'],
  })
export type ShiftNoteListInput = z.infer<typeof ShiftNoteListInputSchema>

export const ShiftHandoffInputSchema = z.object({ propertyId: z.uuid() })
export type ShiftHandoffInput = z.infer<typeof ShiftHandoffInputSchema>

export const ShiftNoteIdInputSchema = z.object({ shiftNoteId: z.uuid() })
export type ShiftNoteIdInput = z.infer<typeof ShiftNoteIdInputSchema>

export const NotificationListInputSchema = z.object({
  /** The last notification id of the previous page. */
  cursor: z.uuid().optional(),
  unreadOnly: z.boolean().default(false),
  limit: z.int().min(1).max(100).default(30),
})
export type NotificationListInput = z.infer<typeof NotificationListInputSchema>

export const NotificationMarkReadInputSchema = z.object({
  ids: z.array(z.uuid()).min(1, 'Name at least one notification.').max(200),
})
export type NotificationMarkReadInput = z.infer<typeof NotificationMarkReadInputSchema>
