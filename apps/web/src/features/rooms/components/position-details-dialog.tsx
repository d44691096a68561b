import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { translateKey } from '../../../app/translate-key.ts'
import type { RoomPosition, RoomSection } from '../room-types.ts'
import { cellName } from '../cell-views.ts'
import { PlantHistory } from './plant-history.tsx'

export interface PositionDetailsDialogProps {
  position: RoomPosition | null
  section: RoomSection | null
  /** Names of batches by id, for "reserved for". */
  batchNames: Map<string, string>
  onClose: () => void
}

/**
 * Plant details and location history of one position, in a modal <dialog>: focus moves in,
 * Escape or "Close" closes it, the rest of the page is inert meanwhile.
 */
export function PositionDetailsDialog({
  position,
  section,
  batchNames,
  onClose,
}: PositionDetailsDialogProps) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (position && !dialog.open) dialog.showModal()
    if (!position && dialog.open) dialog.close()
  }, [position])

  const plant = position?.plant ?? null
  const name =
    position && section ? cellName(section.form, position, position.slot > 1 ? 2 : 1) : ''
  const reservedFor = position?.reservedForBatchId
    ? (batchNames.get(position.reservedForBatchId) ?? null)
    : null

  return (
    <dialog
      ref={ref}
      className="sheet"
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (outside the sheet's box) closes it.
        if (event.target === ref.current) ref.current.close()
      }}
    >
      {position && section ? (
        <div className="sheet__body stack">
          <div className="sheet__header">
            <h2 id={titleId} className="sheet__title">
              {t('rooms.details.title', { section: section.code, name })}
            </h2>
            <button
              type="button"
              className="ui-button ui-button--secondary"
              onClick={() => ref.current?.close()}
            >
              {t('rooms.details.close')}
            </button>
          </div>
          <dl className="details-list">
            <dt>{t('rooms.details.address')}</dt>
            <dd className="mono">{position.address}</dd>
            <dt>{t('rooms.details.status')}</dt>
            <dd>{t(`rooms.status.${position.status}`)}</dd>
            {reservedFor ? (
              <>
                <dt>{t('rooms.details.reservedFor')}</dt>
                <dd>{reservedFor}</dd>
              </>
            ) : null}
            {plant ? (
              <>
                <dt>{t('rooms.details.tag')}</dt>
                <dd className="mono">{plant.tagNumber}</dd>
                <dt>{t('rooms.details.batch')}</dt>
                <dd>{plant.batchName}</dd>
                <dt>{t('rooms.details.stage')}</dt>
                <dd>
                  {translateKey(t, `rooms.stages.${plant.stage}`, { defaultValue: plant.stage })}
                </dd>
                <dt>{t('rooms.details.plantStatus')}</dt>
                <dd>
                  {translateKey(t, `rooms.plantStatus.${plant.status}`, {
                    defaultValue: plant.status,
                  })}
                </dd>
              </>
            ) : null}
          </dl>
          {plant ? (
            <PlantHistory plantId={plant.id} />
          ) : (
            <p className="muted">
              {position.status === 'OCCUPIED'
                ? t('rooms.details.plantHidden')
                : t('rooms.details.noPlant')}
            </p>
          )}
        </div>
      ) : null}
    </dialog>
  )
}
