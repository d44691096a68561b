import { Alert } from '@growops/ui'
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RoomPosition, RoomSection } from '../../rooms/room-types.ts'
import { orderPositions } from '../placement-order.ts'
import type { PlacementDraft } from '../placement-draft.ts'
import { PlacementForm } from './placement-form.tsx'
import { PlacementReview } from './placement-review.tsx'

export interface PlacementPanelProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  roomId: string
  sections: readonly RoomSection[]
  positionsById: ReadonlyMap<string, RoomPosition>
  batchId: string | null
  onBatchChange: (batchId: string | null) => void
  selected: ReadonlySet<string>
  onSelectedChange: (selected: ReadonlySet<string>) => void
}

/**
 * "Place plants": choose a batch, pick positions on the grid (or fill the next free ones),
 * give tags, review, confirm. Only rendered for roles that may change cultivation data.
 */
export function PlacementPanel(props: PlacementPanelProps) {
  const { open, onOpenChange, sections, positionsById, selected } = props
  const { t } = useTranslation()
  const headingId = useId()
  const bodyId = useId()
  const [draft, setDraft] = useState<PlacementDraft>({ startTag: '', tagsText: '', edited: false })
  const [review, setReview] = useState<{ tags: string[]; key: string } | null>(null)
  const [result, setResult] = useState<string | null>(null)

  const ordered = useMemo(
    () =>
      orderPositions(
        selected,
        positionsById,
        sections.map((section) => section.id),
      ),
    [selected, positionsById, sections],
  )

  const toggle = () => {
    setReview(null)
    if (!open) setResult(null)
    onOpenChange(!open)
  }

  return (
    <section className="placement card" aria-labelledby={headingId}>
      <div className="placement__header">
        <h2 id={headingId} className="card__heading">
          {t('placement.heading')}
        </h2>
        <button
          type="button"
          className={`ui-button ${open ? 'ui-button--secondary' : 'ui-button--primary'}`}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={toggle}
        >
          {open ? t('placement.cancel') : t('placement.start')}
        </button>
      </div>
      <Alert tone="info">{result}</Alert>
      <div id={bodyId} hidden={!open}>
        {!open ? null : review && props.batchId ? (
          <PlacementReview
            batchId={props.batchId}
            positions={ordered}
            tags={review.tags}
            idempotencyKey={review.key}
            onBack={() => setReview(null)}
            onPlaced={(message) => {
              setResult(message)
              setReview(null)
              setDraft({ startTag: '', tagsText: '', edited: false })
              onOpenChange(false)
            }}
          />
        ) : (
          <PlacementForm
            {...props}
            ordered={ordered}
            draft={draft}
            onDraftChange={setDraft}
            onReview={(tags) => {
              setResult(null)
              // One key per reviewed placement: a double click or a retry of this very
              // placement is applied once; changing anything makes a new one.
              setReview({ tags, key: crypto.randomUUID() })
            }}
          />
        )}
      </div>
    </section>
  )
}
