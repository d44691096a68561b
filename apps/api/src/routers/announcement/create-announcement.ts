import { AnnouncementCreateInputSchema } from '@growops/domain'
import { createAnnouncement } from '../../services/comms/announcements.ts'
import { areaProcedure } from '../../trpc/procedures.ts'

/** Posts an announcement to the organization, a property or some roles (COMMS FULL). */
export const create = areaProcedure('COMMS', 'write')
  .input(AnnouncementCreateInputSchema)
  .mutation(({ ctx, input }) => createAnnouncement(ctx.prisma, ctx.live, ctx.actor, input))
