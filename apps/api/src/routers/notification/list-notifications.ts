import { NotificationListInputSchema } from '@growops/domain'
import { listNotifications } from '../../services/notifications/notifications.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/** The caller's notifications in the organization, newest first, paged by `cursor`. */
export const list = memberProcedure
  .input(NotificationListInputSchema)
  .query(({ ctx, input }) => listNotifications(ctx.prisma, ctx.member, input))
