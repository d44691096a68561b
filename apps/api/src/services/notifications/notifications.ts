// The caller's own notifications in one organization (COMM11): newest first, unread count,
// mark read. Ids that are not the caller's are ignored rather than refused.
import type { PrismaClient } from '@growops/db'
import type {
  NotificationKind,
  NotificationListInput,
  NotificationMarkReadInput,
} from '@growops/domain'

export interface NotificationOwner {
  userId: string
  organizationId: string
}

export interface NotificationView {
  id: string
  kind: NotificationKind
  title: string
  body: string
  link: string | null
  sourceId: string | null
  readAt: string | null
  createdAt: string
}

export interface NotificationPage {
  items: NotificationView[]
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null
}

/** A page of the caller's notifications, newest first. */
export async function listNotifications(
  prisma: PrismaClient,
  owner: NotificationOwner,
  input: NotificationListInput,
): Promise<NotificationPage> {
  const rows = await prisma.notification.findMany({
    where: {
      userId: owner.userId,
      organizationId: owner.organizationId,
      ...(input.unreadOnly ? { readAt: null } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  })
  const items = rows.slice(0, input.limit).map((row) => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    sourceId: row.sourceId,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }))
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null }
}

export async function countUnreadNotifications(
  prisma: PrismaClient,
  owner: NotificationOwner,
): Promise<{ unread: number }> {
  const unread = await prisma.notification.count({
    where: { userId: owner.userId, organizationId: owner.organizationId, readAt: null },
  })
  return { unread }
}

/** Marks the caller's notifications among `ids` read; answers how many changed. */
export async function markNotificationsRead(
  prisma: PrismaClient,
  owner: NotificationOwner,
  input: NotificationMarkReadInput,
): Promise<{ updated: number }> {
  const { count } = await prisma.notification.updateMany({
    where: {
      id: { in: input.ids },
      userId: owner.userId,
      organizationId: owner.organizationId,
      readAt: null,
    },
    data: { readAt: new Date() },
  })
  return { updated: count }
}

export async function markAllNotificationsRead(
  prisma: PrismaClient,
  owner: NotificationOwner,
): Promise<{ updated: number }> {
  const { count } = await prisma.notification.updateMany({
    where: { userId: owner.userId, organizationId: owner.organizationId, readAt: null },
    data: { readAt: new Date() },
  })
  return { updated: count }
}
