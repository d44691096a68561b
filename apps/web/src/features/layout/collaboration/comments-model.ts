// Comment threads pinned on the layout canvas, kept in the property's Y.Doc so that they
// travel with the drawing and are live for everyone. One map entry per thread and one per
// message: two people replying at once write different keys, so neither reply is lost;
// resolve/reopen rewrite the thread entry and converge on one value (last writer wins).
import {
  COMMENT_TEXT_MAX,
  CommentAnchorSchema,
  CommentMessageSchema,
  CommentThreadSchema,
  LAYOUT_YDOC,
  type CommentAnchor,
  type CommentAuthor,
  type CommentMessage,
  type CommentThread,
} from '@growops/domain'
import type * as Y from 'yjs'

/** Why a comment's text cannot be posted (a translation key suffix). */
export type CommentTextProblem = 'EMPTY' | 'TOO_LONG'

export interface CommentThreadView {
  thread: CommentThread
  /** First post first, then replies in the order they were written. */
  messages: CommentMessage[]
  /** 1-based and stable: threads are numbered in the order they were opened. */
  number: number
}

export type CommentResult<T> = { ok: true; value: T } | { ok: false; problem: CommentTextProblem }

/** Clock and ids, injectable so tests are deterministic. */
export interface CommentEnv {
  now?: () => Date
  newId?: () => string
}

function threadsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(LAYOUT_YDOC.commentThreads)
}

function messagesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(LAYOUT_YDOC.commentMessages)
}

function nowIso(env: CommentEnv | undefined): string {
  return (env?.now?.() ?? new Date()).toISOString()
}

function newId(env: CommentEnv | undefined): string {
  return env?.newId?.() ?? crypto.randomUUID()
}

/** Null when the text can be posted. */
export function checkCommentText(text: string): CommentTextProblem | null {
  const trimmed = text.trim()
  if (trimmed === '') return 'EMPTY'
  if (trimmed.length > COMMENT_TEXT_MAX) return 'TOO_LONG'
  return null
}

function buildMessage(
  threadId: string,
  author: CommentAuthor,
  text: string,
  env: CommentEnv | undefined,
): CommentResult<CommentMessage> {
  const problem = checkCommentText(text)
  if (problem) return { ok: false, problem }
  const message = CommentMessageSchema.parse({
    id: newId(env),
    threadId,
    author,
    text: text.trim(),
    createdAt: nowIso(env),
  })
  return { ok: true, value: message }
}

/** Opens a thread at `anchor` with its first message, in one Y.Doc transaction. */
export function createThread(
  doc: Y.Doc,
  anchor: CommentAnchor,
  author: CommentAuthor,
  text: string,
  env?: CommentEnv,
): CommentResult<CommentThread> {
  const threadId = newId(env)
  const message = buildMessage(threadId, author, text, env)
  if (!message.ok) return message
  const thread = CommentThreadSchema.parse({
    id: threadId,
    anchor: CommentAnchorSchema.parse(anchor),
    createdBy: author,
    createdAt: message.value.createdAt,
    resolved: false,
    statusChangedBy: null,
    statusChangedAt: null,
  })
  doc.transact(() => {
    threadsMap(doc).set(thread.id, thread)
    messagesMap(doc).set(message.value.id, message.value)
  })
  return { ok: true, value: thread }
}

function readThread(doc: Y.Doc, threadId: string): CommentThread | null {
  const parsed = CommentThreadSchema.safeParse(threadsMap(doc).get(threadId))
  return parsed.success ? parsed.data : null
}

/** Adds a reply; null when the thread does not exist (deleted or not synced yet). */
export function replyToThread(
  doc: Y.Doc,
  threadId: string,
  author: CommentAuthor,
  text: string,
  env?: CommentEnv,
): CommentResult<CommentMessage> | null {
  if (!readThread(doc, threadId)) return null
  const message = buildMessage(threadId, author, text, env)
  if (message.ok) messagesMap(doc).set(message.value.id, message.value)
  return message
}

function setResolved(
  doc: Y.Doc,
  threadId: string,
  resolved: boolean,
  by: CommentAuthor,
  env: CommentEnv | undefined,
): boolean {
  const thread = readThread(doc, threadId)
  if (!thread) return false
  if (thread.resolved === resolved) return true
  const next: CommentThread = {
    ...thread,
    resolved,
    statusChangedBy: by,
    statusChangedAt: nowIso(env),
  }
  threadsMap(doc).set(threadId, next)
  return true
}

/** Marks a thread resolved; false when it does not exist. */
export function resolveThread(
  doc: Y.Doc,
  threadId: string,
  by: CommentAuthor,
  env?: CommentEnv,
): boolean {
  return setResolved(doc, threadId, true, by, env)
}

/** Reopens a resolved thread; false when it does not exist. */
export function reopenThread(
  doc: Y.Doc,
  threadId: string,
  by: CommentAuthor,
  env?: CommentEnv,
): boolean {
  return setResolved(doc, threadId, false, by, env)
}

function byTimeThenId(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * Every valid thread with its messages: open threads first, then resolved ones, each
 * group oldest first. Entries that do not match the schemas (an older or broken client)
 * are left out rather than breaking the panel; so are threads without any message.
 */
export function listThreads(doc: Y.Doc): CommentThreadView[] {
  const messagesByThread = new Map<string, CommentMessage[]>()
  for (const value of messagesMap(doc).values()) {
    const parsed = CommentMessageSchema.safeParse(value)
    if (!parsed.success) continue
    const list = messagesByThread.get(parsed.data.threadId) ?? []
    list.push(parsed.data)
    messagesByThread.set(parsed.data.threadId, list)
  }
  const threads: CommentThread[] = []
  for (const value of threadsMap(doc).values()) {
    const parsed = CommentThreadSchema.safeParse(value)
    if (parsed.success && messagesByThread.has(parsed.data.id)) threads.push(parsed.data)
  }
  threads.sort(byTimeThenId)
  const views = threads.map((thread, index) => ({
    thread,
    messages: (messagesByThread.get(thread.id) ?? []).sort(byTimeThenId),
    number: index + 1,
  }))
  return [...views.filter((v) => !v.thread.resolved), ...views.filter((v) => v.thread.resolved)]
}

/** Calls `onChange` whenever a thread or message changes (local or remote); returns the unsubscribe. */
export function observeComments(doc: Y.Doc, onChange: () => void): () => void {
  const threads = threadsMap(doc)
  const messages = messagesMap(doc)
  threads.observe(onChange)
  messages.observe(onChange)
  return () => {
    threads.unobserve(onChange)
    messages.unobserve(onChange)
  }
}
