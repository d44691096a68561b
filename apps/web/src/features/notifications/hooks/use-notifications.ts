import { useActiveOrganizationOrNull } from '../../../app/active-organization.tsx'
import { trpc } from '../../../app/trpc.ts'

/** Unread count for the bell; refetched by the live connection on `notification.created`. */
export function useUnreadNotifications() {
  const active = useActiveOrganizationOrNull()
  const organizationId = active?.organizationId ?? ''
  const unread = trpc.notification.unreadCount.useQuery(
    { organizationId },
    { enabled: active !== null },
  )
  return { enabled: active !== null, organizationId, count: unread.data?.unread ?? 0 }
}

export function useNotificationList(organizationId: string, open: boolean) {
  return trpc.notification.list.useQuery({ organizationId, limit: 20 }, { enabled: open })
}

/** Mark one, some or all read; both refresh the count and the list. */
export function useMarkNotifications(organizationId: string) {
  const utils = trpc.useUtils()
  const refresh = () => utils.notification.invalidate()
  const markRead = trpc.notification.markRead.useMutation({ onSettled: refresh })
  const markAllRead = trpc.notification.markAllRead.useMutation({ onSettled: refresh })
  return {
    markRead: (ids: string[]) => markRead.mutate({ organizationId, ids }),
    markAllRead: () => markAllRead.mutate({ organizationId }),
    pending: markRead.isPending || markAllRead.isPending,
  }
}
