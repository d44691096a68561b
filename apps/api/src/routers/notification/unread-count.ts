import { countUnreadNotifications } from '../../services/notifications/notifications.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/** How many of the caller's notifications are unread. */
export const unreadCount = memberProcedure.query(({ ctx }) =>
  countUnreadNotifications(ctx.prisma, ctx.member),
)
