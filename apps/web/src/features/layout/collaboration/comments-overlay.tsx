import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import type * as Y from 'yjs'
import { commentPins, type CommentPin } from './comment-pins.ts'
import { useCommentThreads, useCommentUi } from './comment-ui-state.ts'
import './collaboration.css'

export interface CommentsOverlayProps {
  editor: Editor
  doc: Y.Doc
  /** The "comments" layer toggle. */
  visible: boolean
}

/**
 * Numbered comment pins over the canvas (render it in tldraw's `InFrontOfTheCanvas`), and
 * the click-catching layer while a new comment's point is being picked.
 */
export function CommentsOverlay({ editor, doc, visible }: CommentsOverlayProps) {
  const { t } = useTranslation()
  const threads = useCommentThreads(doc)
  const [ui, setUi] = useCommentUi(doc)

  // Page → viewport positions, recomputed when the camera or any pinned shape moves.
  const pins = useValue(
    'layout comment pins',
    () =>
      commentPins(threads, (shapeId) => editor.getShapePageBounds(shapeId as TLShapeId), true)
        .filter((pin) => !pin.resolved || pin.threadId === ui.activeThreadId)
        .map((pin) => ({ ...pin, ...editor.pageToViewport(pin) })),
    [editor, threads, ui.activeThreadId],
  )

  useEffect(() => {
    if (!ui.pickingPoint) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setUi({ pickingPoint: false })
      // Keyboard users place the comment at the centre of what they see.
      const onControl =
        event.target instanceof HTMLElement &&
        event.target.closest('button, input, textarea, select, a') !== null
      if (event.key === 'Enter' && !onControl) {
        event.preventDefault()
        const centre = editor.getViewportPageBounds().center
        setUi({
          pickingPoint: false,
          draftAnchor: { kind: 'point', x: Math.round(centre.x), y: Math.round(centre.y) },
        })
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [editor, ui.pickingPoint, setUi])

  return (
    <div className="comment-pins">
      {visible
        ? pins.map((pin) => (
            <Pin
              key={pin.threadId}
              pin={pin}
              active={pin.threadId === ui.activeThreadId}
              label={t(
                pin.resolved
                  ? 'layoutCollab.comments.thread.pinResolved'
                  : 'layoutCollab.comments.thread.pin',
                { number: pin.number, text: pin.text },
              )}
              onOpen={() => setUi({ activeThreadId: pin.threadId })}
            />
          ))
        : null}
      {ui.pickingPoint ? (
        <div
          className="comment-pick-layer"
          aria-hidden="true"
          onClick={(event) => {
            const point = editor.screenToPage({ x: event.clientX, y: event.clientY })
            setUi({
              pickingPoint: false,
              draftAnchor: { kind: 'point', x: Math.round(point.x), y: Math.round(point.y) },
            })
          }}
        />
      ) : null}
    </div>
  )
}

interface PinProps {
  pin: CommentPin
  active: boolean
  label: string
  onOpen: () => void
}

function Pin({ pin, active, label, onOpen }: PinProps) {
  const classes = ['comment-pin']
  if (pin.resolved) classes.push('comment-pin--resolved')
  if (active) classes.push('comment-pin--active')
  return (
    <button
      type="button"
      className={classes.join(' ')}
      style={{ left: pin.x, top: pin.y }}
      aria-label={label}
      aria-pressed={active}
      onClick={onOpen}
    >
      {pin.number}
    </button>
  )
}
