import { RoomGrid, type RoomGridCell } from '@growops/ui'
import { memo, useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { translateKey } from '../../../app/translate-key.ts'
import type { RoomSection } from '../room-types.ts'

export interface SectionGridProps {
  section: RoomSection
  cells: readonly RoomGridCell[]
  selectedIds: ReadonlySet<string> | undefined
  multiselectable: boolean
  activeId: string | null
  /** Highlighted and scrolled to (an address lookup found this section). */
  highlighted: boolean
  onCellActivate: (cell: RoomGridCell) => void
}

/** A section's heading, size and RoomGrid. Memoised: typing elsewhere never redraws it. */
export const SectionGrid = memo(function SectionGrid({
  section,
  cells,
  selectedIds,
  multiselectable,
  activeId,
  highlighted,
  onCellActivate,
}: SectionGridProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const size =
    section.form === 'rack'
      ? t('facility.section.rackSize', { levels: section.rowCount, hangers: section.columnCount })
      : t('facility.section.tableSize', { rows: section.rowCount, columns: section.columnCount })

  useEffect(() => {
    if (!highlighted) return
    headingRef.current?.scrollIntoView({ block: 'start' })
    headingRef.current?.focus()
  }, [highlighted])

  return (
    <section
      className="room-section"
      aria-labelledby={headingId}
      data-highlighted={highlighted || undefined}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="room-section__heading">
        {t('facility.codeAndName', { code: section.code, name: section.name })}
      </h2>
      <p className="facility-item__meta">
        {t('rooms.section.meta', {
          type: translateKey(t, `facility.sectionTypes.${section.type}`, {
            defaultValue: section.type,
          }),
          size,
        })}
      </p>
      {cells.length === 0 ? (
        <p className="muted">{t('rooms.section.noPositions')}</p>
      ) : (
        <RoomGrid
          form={section.form}
          rowCount={section.rowCount}
          columnCount={section.columnCount}
          cells={cells}
          label={t('rooms.grid.label', { section: section.code, size })}
          cornerLabel={section.form === 'rack' ? t('rooms.grid.level') : t('rooms.grid.row')}
          selectedIds={selectedIds}
          multiselectable={multiselectable}
          activeId={activeId}
          onCellActivate={onCellActivate}
        />
      )}
    </section>
  )
})
