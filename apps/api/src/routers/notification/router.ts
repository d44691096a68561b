import { router } from '../../trpc/init.ts'
import { list } from './list-notifications.ts'
import { markAllRead, markRead } from './mark-read.ts'
import { unreadCount } from './unread-count.ts'

export const notificationRouter = router({ list, unreadCount, markRead, markAllRead })
