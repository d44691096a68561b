import type { CommentAuthor } from '@growops/domain'
import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { CommentTextForm } from './comment-text-form.tsx'
import {
  reopenThread,
  replyToThread,
  resolveThread,
  type CommentThreadView,
} from './comments-model.ts'

export interface CommentThreadItemProps {
  doc: Y.Doc
  view: CommentThreadView
  author: CommentAuthor
  canComment: boolean
  active: boolean
  /** Where it is pinned, already phrased ("On Room VEG-A", "At 12 ft, 4 ft"). */
  anchorText: string
  /** Null when there is nothing on the canvas to show (a removed shape). */
  onShow: (() => void) | null
  formatTime: (iso: string) => string
}

/** One thread in the comments panel: its messages, reply box and resolve/reopen. */
export function CommentThreadItem(props: CommentThreadItemProps) {
  const { doc, view, author, canComment, active, formatTime } = props
  const { t } = useTranslation()
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const { thread, messages, number } = view

  // Opening a thread from its pin moves focus (and the screen reader) to it.
  useEffect(() => {
    if (!active) return
    headingRef.current?.scrollIntoView({ block: 'nearest' })
    headingRef.current?.focus()
  }, [active])

  const classes = ['comment-thread']
  if (thread.resolved) classes.push('comment-thread--resolved')
  if (active) classes.push('comment-thread--active')

  return (
    <li className={classes.join(' ')}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('layoutCollab.comments.thread.label', { number })}
        {thread.resolved ? ` · ${t('layoutCollab.comments.thread.resolved')}` : ''}
      </h3>
      <p className="comment-thread__meta">{props.anchorText}</p>
      {thread.statusChangedBy && thread.statusChangedAt ? (
        <p className="comment-thread__meta">
          {t(
            thread.resolved
              ? 'layoutCollab.comments.thread.resolvedBy'
              : 'layoutCollab.comments.thread.reopenedBy',
            { name: thread.statusChangedBy.name, when: formatTime(thread.statusChangedAt) },
          )}
        </p>
      ) : null}
      <ul
        className="comment-thread__messages"
        aria-label={t('layoutCollab.comments.thread.messages', { count: messages.length })}
      >
        {messages.map((message) => (
          <li key={message.id}>
            <p className="comment-thread__meta">
              {t('layoutCollab.comments.thread.by', {
                name: message.author.name,
                when: formatTime(message.createdAt),
              })}
            </p>
            <p>{message.text}</p>
          </li>
        ))}
      </ul>
      <div className="comments-panel__actions">
        {props.onShow ? (
          <button type="button" className="ui-button ui-button--secondary" onClick={props.onShow}>
            {t('layoutCollab.comments.thread.showOnCanvas')}
          </button>
        ) : null}
        {canComment ? (
          <button
            type="button"
            className="ui-button ui-button--secondary"
            onClick={() =>
              thread.resolved
                ? reopenThread(doc, thread.id, author)
                : resolveThread(doc, thread.id, author)
            }
          >
            {thread.resolved
              ? t('layoutCollab.comments.thread.reopen')
              : t('layoutCollab.comments.thread.resolve')}
          </button>
        ) : null}
      </div>
      {canComment ? (
        <CommentTextForm
          label={t('layoutCollab.comments.thread.replyLabel', { number })}
          submitLabel={t('layoutCollab.comments.thread.send')}
          onSubmit={(text) => {
            const result = replyToThread(doc, thread.id, author, text)
            return result && !result.ok ? result.problem : null
          }}
        />
      ) : null}
    </li>
  )
}
