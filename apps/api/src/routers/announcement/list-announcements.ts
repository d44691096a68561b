import { AnnouncementListInputSchema } from '@growops/domain'
import {
  listAnnouncements,
  listUnacknowledgedAnnouncements,
} from '../../services/comms/announcements.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Active announcements addressed to the caller, newest first, with their acknowledgement. */
export const list = areaProcedure('COMMS', 'read')
  .input(AnnouncementListInputSchema)
  .query(({ ctx, input }) => listAnnouncements(ctx.prisma, ctx.actor, input))

/** The caller's unacknowledged announcements, URGENT first (the banner shows URGENT ones). */
export const unacknowledged = areaProcedure('COMMS', 'read')
  .input(AnnouncementListInputSchema)
  .query(({ ctx, input }) => listUnacknowledgedAnnouncements(ctx.prisma, ctx.actor, input))
