import { canvasToFeet, type CommentAnchor, type CommentAuthor } from '@growops/domain'
import { EmptyState } from '@growops/ui'
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import type * as Y from 'yjs'
import { CommentTextForm } from './comment-text-form.tsx'
import { CommentThreadItem } from './comment-thread-item.tsx'
import { useCommentThreads, useCommentUi } from './comment-ui-state.ts'
import { createThread, type CommentThreadView } from './comments-model.ts'
import { shapeLabel } from './shape-label.ts'
import './collaboration.css'

export interface CommentsPanelProps {
  editor: Editor | null
  doc: Y.Doc
  user: { id: string; name: string }
  /** False for read-only viewers: they read threads but cannot post, reply or resolve. */
  canComment: boolean
}

type Filter = 'open' | 'resolved' | 'all'

function matches(filter: Filter, view: CommentThreadView): boolean {
  if (filter === 'all') return true
  return filter === 'resolved' ? view.thread.resolved : !view.thread.resolved
}

/** The comment threads of the layout, live, with new comments, replies and resolve/reopen. */
export function CommentsPanel({ editor, doc, user, canComment }: CommentsPanelProps) {
  const { t, i18n } = useTranslation()
  const headingId = useId()
  const filterId = useId()
  const threads = useCommentThreads(doc)
  const [ui, setUi] = useCommentUi(doc)
  const [filter, setFilter] = useState<Filter>('open')
  const author: CommentAuthor = { userId: user.id, name: user.name.trim() || user.id }

  const selectedShapeId = useValue(
    'comment selection',
    () => editor?.getSelectedShapeIds()[0] ?? null,
    [editor],
  )
  // Re-read shape labels when shapes change, so "On Room VEG-A" follows a renamed code.
  const labels = useValue(
    'comment anchor labels',
    () => {
      const map = new Map<string, string | null>()
      if (!editor) return map
      for (const view of threads) {
        const anchor = view.thread.anchor
        if (anchor.kind === 'shape') map.set(anchor.shapeId, shapeLabel(editor, anchor.shapeId, t))
      }
      if (ui.draftAnchor?.kind === 'shape') {
        map.set(ui.draftAnchor.shapeId, shapeLabel(editor, ui.draftAnchor.shapeId, t))
      }
      return map
    },
    [editor, threads, ui.draftAnchor, t],
  )

  const formatter = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
    [i18n.language],
  )
  const formatTime = (iso: string) => formatter.format(new Date(iso))

  const describe = (anchor: CommentAnchor, forDraft: boolean): string => {
    if (anchor.kind === 'point') {
      return t(
        forDraft ? 'layoutCollab.comments.new.atPoint' : 'layoutCollab.comments.thread.anchorPoint',
        {
          x: Math.round(canvasToFeet(anchor.x)),
          y: Math.round(canvasToFeet(anchor.y)),
        },
      )
    }
    const name = labels.get(anchor.shapeId)
    if (!name) return t('layoutCollab.comments.thread.anchorGone')
    return t(
      forDraft ? 'layoutCollab.comments.new.onShape' : 'layoutCollab.comments.thread.anchorShape',
      { name },
    )
  }

  const show = (view: CommentThreadView): (() => void) | null => {
    if (!editor) return null
    const anchor = view.thread.anchor
    if (anchor.kind === 'shape') {
      const id = anchor.shapeId as TLShapeId
      if (!labels.get(anchor.shapeId)) return null
      return () => {
        const bounds = editor.getShapePageBounds(id)
        editor.select(id)
        if (bounds) editor.zoomToBounds(bounds, { animation: { duration: 300 }, inset: 96 })
        setUi({ activeThreadId: view.thread.id })
      }
    }
    return () => {
      editor.centerOnPoint(anchor, { animation: { duration: 300 } })
      setUi({ activeThreadId: view.thread.id })
    }
  }

  // A thread opened from its pin must be visible whatever the filter.
  const active = threads.find((view) => view.thread.id === ui.activeThreadId) ?? null
  const effectiveFilter = active && !matches(filter, active) ? 'all' : filter
  const shown = threads.filter((view) => matches(effectiveFilter, view))

  return (
    <section className="comments-panel" aria-labelledby={headingId}>
      <div className="comments-panel__header">
        <h2 id={headingId}>{t('layoutCollab.comments.heading')}</h2>
        <span className="muted">{t('layoutCollab.comments.count', { count: threads.length })}</span>
      </div>
      {canComment ? (
        <div className="comments-panel__actions">
          <button
            type="button"
            className="ui-button ui-button--secondary"
            aria-disabled={selectedShapeId === null || undefined}
            aria-describedby={selectedShapeId === null ? `${headingId}-nosel` : undefined}
            onClick={() => {
              if (selectedShapeId === null) return
              setUi({
                draftAnchor: { kind: 'shape', shapeId: selectedShapeId },
                pickingPoint: false,
              })
            }}
          >
            {t('layoutCollab.comments.new.onSelection')}
          </button>
          <button
            type="button"
            className="ui-button ui-button--secondary"
            aria-pressed={ui.pickingPoint}
            disabled={!editor}
            onClick={() => setUi({ pickingPoint: !ui.pickingPoint, draftAnchor: null })}
          >
            {t('layoutCollab.comments.new.onPoint')}
          </button>
          {selectedShapeId === null ? (
            <span id={`${headingId}-nosel`} className="ui-visually-hidden">
              {t('layoutCollab.comments.new.noSelection')}
            </span>
          ) : null}
        </div>
      ) : (
        <p className="muted">{t('layoutCollab.comments.readOnly')}</p>
      )}
      <p role="status" className={ui.pickingPoint ? 'ui-alert ui-alert--info' : undefined}>
        {ui.pickingPoint ? t('layoutCollab.comments.new.pickPoint') : null}
      </p>
      {canComment && ui.draftAnchor ? (
        <section className="comment-thread" aria-labelledby={`${headingId}-new`}>
          <h3 id={`${headingId}-new`}>{t('layoutCollab.comments.new.heading')}</h3>
          <p className="comment-thread__meta">{describe(ui.draftAnchor, true)}</p>
          <CommentTextForm
            autoFocus
            label={t('layoutCollab.comments.new.text')}
            submitLabel={t('layoutCollab.comments.new.post')}
            onSubmit={(text) => {
              if (!ui.draftAnchor) return null
              const result = createThread(doc, ui.draftAnchor, author, text)
              if (!result.ok) return result.problem
              setUi({ draftAnchor: null, activeThreadId: result.value.id })
              return null
            }}
          >
            <button
              type="button"
              className="ui-button ui-button--secondary"
              onClick={() => setUi({ draftAnchor: null })}
            >
              {t('layoutCollab.comments.new.cancel')}
            </button>
          </CommentTextForm>
        </section>
      ) : null}
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={filterId}>
          {t('layoutCollab.comments.show')}
        </label>
        <select
          id={filterId}
          className="ui-select"
          value={effectiveFilter}
          onChange={(event) => {
            setFilter(event.target.value as Filter)
            setUi({ activeThreadId: null })
          }}
        >
          <option value="open">{t('layoutCollab.comments.filter.open')}</option>
          <option value="resolved">{t('layoutCollab.comments.filter.resolved')}</option>
          <option value="all">{t('layoutCollab.comments.filter.all')}</option>
        </select>
      </div>
      {shown.length === 0 ? (
        <EmptyState
          headingLevel={3}
          title={
            threads.length === 0
              ? t('layoutCollab.comments.empty.title')
              : t('layoutCollab.comments.empty.filtered')
          }
        >
          {threads.length === 0 ? (
            <p>
              {canComment
                ? t('layoutCollab.comments.empty.body')
                : t('layoutCollab.comments.empty.bodyReadOnly')}
            </p>
          ) : null}
        </EmptyState>
      ) : (
        <ul className="comments-panel__list">
          {shown.map((view) => (
            <CommentThreadItem
              key={view.thread.id}
              doc={doc}
              view={view}
              author={author}
              canComment={canComment}
              active={view.thread.id === ui.activeThreadId}
              anchorText={describe(view.thread.anchor, false)}
              onShow={show(view)}
              formatTime={formatTime}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
