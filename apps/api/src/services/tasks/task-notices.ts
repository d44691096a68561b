// The notifications tasks send (TASK13, TASK11 and assignment), as rows plus their live
// events, written in the caller's transaction. Texts are English like every notification;
// the web shows them as they are and links to the task.
import type { TransactionClient } from '@growops/db'
import { createNotifications, membersWithRoles } from '../notifications/notify.ts'
import type { NewLiveEvent } from '../realtime/live-events.ts'
import { excerptOf } from '../comms/comms-helpers.ts'

interface NoticeTask {
  id: string
  organizationId: string
  title: string
  dueAt: Date | null
  createdById: string
}

export function taskLink(taskId: string): string {
  return `/tasks/${taskId}`
}

/** Tells a newly assigned person, unless they assigned it to themselves. */
export function notifyAssignee(
  tx: TransactionClient,
  task: NoticeTask,
  assigneeId: string | null,
  actor: { userId: string; name: string },
): Promise<NewLiveEvent[]> {
  if (!assigneeId || assigneeId === actor.userId) return Promise.resolve([])
  const due = task.dueAt
    ? `, due ${task.dueAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`
    : ''
  return createNotifications(tx, {
    organizationId: task.organizationId,
    userIds: [assigneeId],
    kind: 'TASK',
    title: `New task: ${excerptOf(task.title, 100)}`,
    body: `${actor.name} assigned you a task${due}.`,
    link: taskLink(task.id),
    sourceId: task.id,
  })
}

/** Tells the head growers and the task's creator that it is done (not the one who did it). */
export async function notifyCompleted(
  tx: TransactionClient,
  task: NoticeTask,
  completer: { userId: string; name: string },
  note: string | null,
): Promise<NewLiveEvent[]> {
  const growers = await membersWithRoles(tx, task.organizationId, ['HEAD_GROWER'])
  const recipients = [...growers, task.createdById].filter((id) => id !== completer.userId)
  return createNotifications(tx, {
    organizationId: task.organizationId,
    userIds: recipients,
    kind: 'TASK',
    title: `Task done: ${excerptOf(task.title, 100)}`,
    body: note
      ? `${completer.name} completed it: “${excerptOf(note, 200)}”`
      : `${completer.name} completed it.`,
    link: taskLink(task.id),
    sourceId: task.id,
  })
}

/** Tells the members a comment mentions (TASK11), not its author. */
export function notifyMentioned(
  tx: TransactionClient,
  task: NoticeTask,
  mentionedIds: readonly string[],
  author: { userId: string; name: string },
  body: string,
): Promise<NewLiveEvent[]> {
  return createNotifications(tx, {
    organizationId: task.organizationId,
    userIds: mentionedIds.filter((id) => id !== author.userId),
    kind: 'MENTION',
    title: `${author.name} mentioned you on “${excerptOf(task.title, 80)}”`,
    body: excerptOf(body, 200),
    link: taskLink(task.id),
    sourceId: task.id,
  })
}
