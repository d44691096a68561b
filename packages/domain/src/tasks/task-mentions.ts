import { parseMentions } from '../comms/mentions.ts'

/**
 * The people a task comment mentions (TASK11): `@name@example.com` as in shift notes (COMM4),
 * lower-cased e-mails in order of first appearance. Places, batches and plants are left to
 * the task's own links.
 */
export function taskCommentMentions(body: string): string[] {
  return parseMentions(body).flatMap((mention) => (mention.kind === 'USER' ? [mention.value] : []))
}
