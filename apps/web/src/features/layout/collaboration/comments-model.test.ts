import { COMMENT_TEXT_MAX, LAYOUT_YDOC } from '@growops/domain'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  checkCommentText,
  createThread,
  listThreads,
  observeComments,
  reopenThread,
  replyToThread,
  resolveThread,
  type CommentEnv,
} from './comments-model.ts'

const ana = { userId: 'u-ana', name: 'Ana' }
const ben = { userId: 'u-ben', name: 'Ben' }

/** A deterministic clock and id source per client. */
function envFor(prefix: string, start = Date.UTC(2025, 0, 1)): CommentEnv {
  let tick = 0
  let id = 0
  return {
    now: () => new Date(start + 1000 * tick++),
    newId: () => `${prefix}-${++id}`,
  }
}

/** Two clients that exchange updates only when `sync` is called (a network that can hold back). */
function twoClients() {
  const a = new Y.Doc()
  const b = new Y.Doc()
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
  }
  return { a, b, sync }
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false } | null): T {
  if (!result?.ok) throw new Error('expected ok')
  return result.value
}

describe('comments model', () => {
  it('opens a thread pinned to a shape with its first message', () => {
    const doc = new Y.Doc()
    const thread = unwrap(
      createThread(
        doc,
        { kind: 'shape', shapeId: 'shape:t1' },
        ana,
        '  Move this table ',
        envFor('a'),
      ),
    )
    const [view] = listThreads(doc)
    expect(view?.thread).toEqual(thread)
    expect(view?.thread.anchor).toEqual({ kind: 'shape', shapeId: 'shape:t1' })
    expect(view?.messages.map((m) => m.text)).toEqual(['Move this table'])
    expect(view?.number).toBe(1)
  })

  it('refuses empty and over-long text and writes nothing', () => {
    const doc = new Y.Doc()
    expect(createThread(doc, { kind: 'point', x: 1, y: 2 }, ana, '   ')).toEqual({
      ok: false,
      problem: 'EMPTY',
    })
    expect(checkCommentText('x'.repeat(COMMENT_TEXT_MAX + 1))).toBe('TOO_LONG')
    expect(checkCommentText('x'.repeat(COMMENT_TEXT_MAX))).toBeNull()
    expect(doc.getMap(LAYOUT_YDOC.commentThreads).size).toBe(0)
    expect(doc.getMap(LAYOUT_YDOC.commentMessages).size).toBe(0)
  })

  it('does not reply to a thread that does not exist', () => {
    expect(replyToThread(new Y.Doc(), 'nope', ana, 'hello')).toBeNull()
  })

  it('keeps both of two replies written at the same time on two clients', () => {
    const { a, b, sync } = twoClients()
    const thread = unwrap(
      createThread(a, { kind: 'point', x: 10, y: 20 }, ana, 'Door here?', envFor('a')),
    )
    sync()
    unwrap(replyToThread(a, thread.id, ana, 'I think so', envFor('a2', Date.UTC(2025, 0, 2))))
    unwrap(replyToThread(b, thread.id, ben, 'No, wider', envFor('b', Date.UTC(2025, 0, 2))))
    sync()
    const onA = listThreads(a)
    expect(onA).toEqual(listThreads(b))
    expect(onA[0]?.messages.map((m) => m.text)).toEqual(['Door here?', 'I think so', 'No, wider'])
  })

  it('orders messages by time even when they arrive out of order', () => {
    const { a, b, sync } = twoClients()
    const thread = unwrap(createThread(a, { kind: 'point', x: 0, y: 0 }, ana, 'first', envFor('a')))
    sync()
    unwrap(replyToThread(b, thread.id, ben, 'third', envFor('b', Date.UTC(2025, 0, 3))))
    unwrap(replyToThread(a, thread.id, ana, 'second', envFor('a2', Date.UTC(2025, 0, 2))))
    sync()
    expect(listThreads(b)[0]?.messages.map((m) => m.text)).toEqual(['first', 'second', 'third'])
  })

  it('converges when one client resolves while the other reopens', () => {
    const { a, b, sync } = twoClients()
    const thread = unwrap(createThread(a, { kind: 'point', x: 0, y: 0 }, ana, 'Check', envFor('a')))
    sync()
    expect(resolveThread(a, thread.id, ana)).toBe(true)
    sync()
    expect(listThreads(b)[0]?.thread.resolved).toBe(true)
    // Concurrent: a reopens, b resolves again (no-op there) and replies.
    expect(reopenThread(a, thread.id, ana)).toBe(true)
    expect(reopenThread(b, thread.id, ben)).toBe(true)
    expect(resolveThread(b, thread.id, ben)).toBe(true)
    sync()
    expect(listThreads(a)).toEqual(listThreads(b))
    const status = listThreads(a)[0]?.thread
    expect(status?.statusChangedBy).not.toBeNull()
  })

  it('records who resolved and reopened a thread', () => {
    const doc = new Y.Doc()
    const thread = unwrap(createThread(doc, { kind: 'point', x: 0, y: 0 }, ana, 'x', envFor('a')))
    resolveThread(doc, thread.id, ben, envFor('b', Date.UTC(2025, 5, 1)))
    expect(listThreads(doc)[0]?.thread).toMatchObject({
      resolved: true,
      statusChangedBy: ben,
      statusChangedAt: '2025-06-01T00:00:00.000Z',
    })
    reopenThread(doc, thread.id, ana)
    expect(listThreads(doc)[0]?.thread).toMatchObject({ resolved: false, statusChangedBy: ana })
    expect(resolveThread(doc, 'missing', ana)).toBe(false)
  })

  it('lists open threads before resolved ones and numbers them in opening order', () => {
    const doc = new Y.Doc()
    const env = envFor('t')
    const first = unwrap(createThread(doc, { kind: 'point', x: 0, y: 0 }, ana, 'one', env))
    unwrap(createThread(doc, { kind: 'point', x: 1, y: 0 }, ana, 'two', env))
    unwrap(createThread(doc, { kind: 'point', x: 2, y: 0 }, ana, 'three', env))
    resolveThread(doc, first.id, ana, env)
    const views = listThreads(doc)
    expect(views.map((v) => [v.number, v.messages[0]?.text, v.thread.resolved])).toEqual([
      [2, 'two', false],
      [3, 'three', false],
      [1, 'one', true],
    ])
  })

  it('ignores entries that do not match the schemas', () => {
    const doc = new Y.Doc()
    unwrap(createThread(doc, { kind: 'point', x: 0, y: 0 }, ana, 'valid', envFor('a')))
    doc.getMap(LAYOUT_YDOC.commentThreads).set('bad', { id: 'bad', anchor: { kind: 'nowhere' } })
    doc.getMap(LAYOUT_YDOC.commentMessages).set('junk', { text: 42 })
    doc.getMap(LAYOUT_YDOC.commentMessages).set('orphan', {
      id: 'orphan',
      threadId: 'bad',
      author: ana,
      text: 'lost',
      createdAt: '2025-01-01T00:00:00.000Z',
    })
    expect(listThreads(doc).map((v) => v.messages[0]?.text)).toEqual(['valid'])
  })

  it('notifies observers of remote changes and stops after unsubscribe', () => {
    const { a, b, sync } = twoClients()
    let calls = 0
    const stop = observeComments(b, () => calls++)
    unwrap(createThread(a, { kind: 'point', x: 0, y: 0 }, ana, 'hi', envFor('a')))
    sync()
    expect(calls).toBeGreaterThan(0)
    const before = calls
    stop()
    resolveThread(a, listThreads(a)[0]?.thread.id ?? '', ana)
    sync()
    expect(calls).toBe(before)
  })
})
