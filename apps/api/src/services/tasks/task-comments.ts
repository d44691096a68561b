// task.comment (TASK11): a comment, the members it mentions (by e-mail, as in shift notes)
// notified, an audit entry and `task.updated` so open task pages show it at once.
import type { PrismaClient } from '@growops/db'
import { assertCanActOnTask, taskCommentMentions, type TaskCommentInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { recordLiveEvents, type LiveEventPublisher } from '../realtime/live-events.ts'
import { actorName, loadTaskFor } from './load-task.ts'
import { notifyMentioned } from './task-notices.ts'
import { taskPerson, taskUpdatedEvent } from './task-view.ts'

export interface TaskCommentView {
  id: string
  author: { id: string; name: string }
  body: string
  mentions: { id: string; name: string }[]
  createdAt: string
}

/** Members of the organization with these e-mails, in the order given. */
async function mentionedMembers(prisma: PrismaClient, actor: Actor, emails: readonly string[]) {
  if (emails.length === 0) return []
  const members = await prisma.membership.findMany({
    where: { organizationId: actor.organizationId, user: { email: { in: [...emails] } } },
    select: { user: { select: { id: true, name: true, email: true } } },
  })
  const byEmail = new Map(members.map((member) => [member.user.email, member.user]))
  return emails.flatMap((email) => {
    const user = byEmail.get(email)
    return user ? [user] : []
  })
}

export async function addTaskComment(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  input: TaskCommentInput,
): Promise<{ comment: TaskCommentView; unresolved: string[] }> {
  const task = await loadTaskFor(prisma, actor, input.taskId)
  assertCanActOnTask('COMMENT', task, taskPerson(actor))
  const emails = taskCommentMentions(input.body)
  const mentions = await mentionedMembers(prisma, actor, emails)
  const found = new Set(mentions.map((member) => member.email))
  const name = await actorName(prisma, actor.userId)
  const { comment, envelopes } = await prisma.$transaction(async (tx) => {
    const comment = await tx.taskComment.create({
      data: {
        taskId: task.id,
        authorId: actor.userId,
        body: input.body,
        mentionedUserIds: mentions.map((m) => m.id),
      },
    })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'task.comment',
      entityType: 'Task',
      entityId: task.id,
      after: {
        commentId: comment.id,
        body: input.body,
        mentionedUserIds: comment.mentionedUserIds,
      },
    })
    const notices = await notifyMentioned(
      tx,
      task,
      comment.mentionedUserIds,
      { userId: actor.userId, name },
      input.body,
    )
    return { comment, envelopes: await recordLiveEvents(tx, [taskUpdatedEvent(task), ...notices]) }
  })
  live.publish(envelopes)
  return {
    comment: {
      id: comment.id,
      author: { id: actor.userId, name },
      body: comment.body,
      mentions: mentions.map(({ id, name: mentionedName }) => ({ id, name: mentionedName })),
      createdAt: comment.createdAt.toISOString(),
    },
    unresolved: emails.filter((email) => !found.has(email)).map((email) => `@${email}`),
  }
}
