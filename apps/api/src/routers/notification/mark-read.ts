import { NotificationMarkReadInputSchema } from '@growops/domain'
import {
  markAllNotificationsRead,
  markNotificationsRead,
} from '../../services/notifications/notifications.ts'
import { memberProcedure } from '../../trpc/procedures.ts'

/** Marks some of the caller's notifications read (others' ids are ignored). */
export const markRead = memberProcedure
  .input(NotificationMarkReadInputSchema)
  .mutation(({ ctx, input }) => markNotificationsRead(ctx.prisma, ctx.member, input))

/** Marks every unread notification of the caller in the organization read. */
export const markAllRead = memberProcedure.mutation(({ ctx }) =>
  markAllNotificationsRead(ctx.prisma, ctx.member),
)
