import { AnnouncementIdInputSchema } from '@growops/domain'
import {
  acknowledgeAnnouncement,
  listAcknowledgements,
} from '../../services/comms/announcements.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Acknowledges an announcement addressed to the caller (any member; idempotent). */
export const acknowledge = areaProcedure('COMMS', 'read')
  .input(AnnouncementIdInputSchema)
  .mutation(({ ctx, input }) =>
    acknowledgeAnnouncement(ctx.prisma, ctx.live, ctx.actor, input.announcementId),
  )

/** Who among the audience has and hasn't acknowledged (COMMS FULL). */
export const acknowledgements = areaProcedure('COMMS', 'read')
  .input(AnnouncementIdInputSchema)
  .query(({ ctx, input }) => listAcknowledgements(ctx.prisma, ctx.actor, input.announcementId))
