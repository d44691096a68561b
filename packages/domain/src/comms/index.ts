export { addressesRole, isAnnouncementActive, isInAudience } from './audience.ts'
export type { AnnouncementAudience } from './audience.ts'
export {
  AnnouncementCreateInputSchema,
  AnnouncementIdInputSchema,
  AnnouncementListInputSchema,
  COMMS_TEXT_LIMITS,
  NotificationListInputSchema,
  NotificationMarkReadInputSchema,
  ShiftHandoffInputSchema,
  ShiftNoteCreateInputSchema,
  ShiftNoteIdInputSchema,
  ShiftNoteListInputSchema,
} from './comms.schema.ts'
export type {
  AnnouncementCreateInput,
  AnnouncementIdInput,
  AnnouncementListInput,
  NotificationListInput,
  NotificationMarkReadInput,
  ShiftHandoffInput,
  ShiftNoteCreateInput,
  ShiftNoteIdInput,
  ShiftNoteListInput,
} from './comms.schema.ts'
export { MAX_MENTIONS_PER_NOTE, parseMentions } from './mentions.ts'
export type { ParsedMention, ParsedMentionKind } from './mentions.ts'
export {
  addDays,
  isKnownTimeZone,
  previousShift,
  SHIFT_HOURS,
  SHIFT_START_HOURS,
  shiftAt,
  shiftOfHour,
  shiftWindow,
} from './shifts.ts'
export type { ShiftName, ShiftSlot, ShiftWindow } from './shifts.ts'
