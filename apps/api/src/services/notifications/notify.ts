// In-app notifications (issue 5 §7): a Notification row per recipient, written in the
// caller's transaction, and a user-scoped `notification.created` live event for each, which
// the caller stores with `recordLiveEvents` in the same transaction and publishes after commit.
import type { NotificationKind, Role, TransactionClient } from '@growops/db'
import type { NewLiveEvent } from '../realtime/live-events.ts'

export interface NewNotifications {
  organizationId: string
  /** Recipients; duplicates are dropped. Users who are not members get nothing. */
  userIds: readonly string[]
  kind: NotificationKind
  title: string
  body: string
  /** An in-app path to open, e.g. `/alerts/<id>`. */
  link?: string | null
  /** The alert, shift note, announcement or task it is about. */
  sourceId?: string | null
}

/**
 * Creates one notification per member among `userIds` and returns their live events
 * (`notification.created`, each scoped to its user), to be recorded in the same transaction.
 */
export async function createNotifications(
  tx: TransactionClient,
  input: NewNotifications,
): Promise<NewLiveEvent<'notification.created'>[]> {
  const wanted = [...new Set(input.userIds)]
  if (wanted.length === 0) return []
  // Only members of the organization: a stale id (a removed member) must not leak news.
  const members = await tx.membership.findMany({
    where: { organizationId: input.organizationId, userId: { in: wanted } },
    select: { userId: true },
  })
  const memberIds = new Set(members.map((member) => member.userId))
  const recipients = wanted.filter((id) => memberIds.has(id))
  if (recipients.length === 0) return []
  const rows = await tx.notification.createManyAndReturn({
    data: recipients.map((userId) => ({
      userId,
      organizationId: input.organizationId,
      kind: input.kind,
      title: input.title,
      body: input.body,
      link: input.link ?? null,
      sourceId: input.sourceId ?? null,
    })),
  })
  return rows.map((row) => ({
    type: 'notification.created',
    organizationId: row.organizationId,
    userId: row.userId,
    payload: {
      notificationId: row.id,
      kind: row.kind,
      title: row.title,
      body: row.body,
      link: row.link,
      createdAt: row.createdAt.toISOString(),
    },
  }))
}

/** Ids of the organization's members who have one of `roles` (every member when empty). */
export async function membersWithRoles(
  tx: TransactionClient,
  organizationId: string,
  roles: readonly Role[],
): Promise<string[]> {
  const members = await tx.membership.findMany({
    where: { organizationId, ...(roles.length > 0 ? { role: { in: [...roles] } } : {}) },
    select: { userId: true },
    orderBy: { userId: 'asc' },
  })
  return members.map((member) => member.userId)
}
