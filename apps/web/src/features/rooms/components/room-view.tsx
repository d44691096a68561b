import { isPositionFreeFor } from '@growops/domain'
import { Alert, GridLegend, type RoomGridCell } from '@growops/ui'
import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { compareCodes } from '../../../app/compare-codes.ts'
import { trpc } from '../../../app/trpc.ts'
import { RoomOccupancy } from '../../facility/components/room-occupancy.tsx'
import { AddressLookup } from '../../lookup/components/address-lookup.tsx'
import { PlacementPanel } from '../../placement/components/placement-panel.tsx'
import { buildCellViews } from '../cell-views.ts'
import { countOccupancy } from '../room-occupancy-counts.ts'
import {
  isColourMode,
  type ColourMode,
  type RoomPosition,
  type RoomPositions,
} from '../room-types.ts'
import { ColourModePicker } from './colour-mode-picker.tsx'
import { PositionDetailsDialog } from './position-details-dialog.tsx'
import { SectionGrid } from './section-grid.tsx'

const NO_SELECTION: ReadonlySet<string> = new Set()

function positionState(position: RoomPosition) {
  return {
    status: position.status,
    reservedForBatchId: position.reservedForBatchId,
    reservedUntil: position.reservedUntil ? new Date(position.reservedUntil) : null,
  }
}

/**
 * The room: breadcrumb, occupancy, address lookup, colouring and legend, one RoomGrid per
 * section, plant details in a dialog, and (for roles that may) plant placement.
 */
export function RoomView({ data }: { data: RoomPositions }) {
  const { t } = useTranslation()
  const { organizationId, canWrite } = useActiveOrganization()
  const [searchParams, setSearchParams] = useSearchParams()
  const { room, positions } = data
  const sections = useMemo(() => data.sections.toSorted(compareCodes), [data.sections])
  const canPlace = canWrite('CULTIVATION_OPS')

  // Kept in state (the radio answers at once) and in the URL (a shared link keeps it).
  const [mode, setMode] = useState<ColourMode>(() => {
    const param = searchParams.get('colour')
    return isColourMode(param) ? param : 'status'
  })
  const activeId = searchParams.get('position')
  const highlightedSectionId = searchParams.get('section')
  const [detailsOpen, setDetailsOpen] = useState(activeId !== null)
  const [placing, setPlacing] = useState(false)
  const [placementBatchId, setPlacementBatchId] = useState<string | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<string>>(NO_SELECTION)
  const [announcement, setAnnouncement] = useState('')

  const batches = trpc.batch.list.useQuery({ organizationId }, { retry: false })
  const batchNames = useMemo(
    () => new Map((batches.data ?? []).map((batch) => [batch.id, batch.name])),
    [batches.data],
  )
  // Recolouring thousands of cells may take a moment: the radio answers first.
  const gridMode = useDeferredValue(mode)
  const views = useMemo(
    () => buildCellViews(t, sections, positions, gridMode, batchNames),
    [t, sections, positions, gridMode, batchNames],
  )
  const positionsById = useMemo(
    () => new Map(positions.map((position) => [position.id, position])),
    [positions],
  )
  const occupancy = useMemo(() => countOccupancy(positions), [positions])

  const setParam = useCallback(
    (name: string, value: string | null) =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current)
          if (value === null) next.delete(name)
          else next.set(name, value)
          return next
        },
        { replace: true },
      ),
    [setSearchParams],
  )

  // Cell clicks read the latest state through a ref, so SectionGrid's callback prop stays
  // the same and its memo holds.
  const latest = useRef({ placing, placementBatchId, positionsById, selected, t })
  useLayoutEffect(() => {
    latest.current = { placing, placementBatchId, positionsById, selected, t }
  })
  const onCellActivate = useCallback(
    (cell: RoomGridCell) => {
      const state = latest.current
      if (!state.placing) {
        setParam('position', cell.id)
        setDetailsOpen(true)
        return
      }
      const position = state.positionsById.get(cell.id)
      if (!position) return
      const next = new Set(state.selected)
      if (next.has(cell.id)) {
        next.delete(cell.id)
        setAnnouncement(state.t('placement.unselected', { name: cell.label, count: next.size }))
      } else if (isPositionFreeFor(positionState(position), state.placementBatchId, new Date())) {
        next.add(cell.id)
        setAnnouncement(state.t('placement.selected', { name: cell.label, count: next.size }))
      } else {
        setAnnouncement(state.t('placement.notFree', { name: cell.label }))
        return
      }
      setSelected(next)
    },
    [setParam],
  )

  const closeDetails = () => {
    setDetailsOpen(false)
    if (activeId) {
      document.querySelector<HTMLButtonElement>(`[data-cell-id="${CSS.escape(activeId)}"]`)?.focus()
    }
  }

  const activePosition = detailsOpen && activeId ? (positionsById.get(activeId) ?? null) : null
  const activeSection = activePosition
    ? (sections.find((section) => section.id === activePosition.sectionId) ?? null)
    : null

  return (
    <div className="page page--wide stack">
      <nav aria-label={t('rooms.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/facility">{t('facility.heading')}</Link>
          </li>
          <li>{room.propertyCode}</li>
          <li>{room.buildingCode}</li>
          <li aria-current="page">{room.code}</li>
        </ol>
      </nav>
      <div className="room-header">
        <div>
          <h1>{t('facility.codeAndName', { code: room.code, name: room.name })}</h1>
          <p className="muted mono">
            {[room.propertyCode, room.buildingCode, room.code].join('.')}
          </p>
          <p className="room-print-links">
            <Link to={`/labels?room=${room.id}`}>{t('labels.links.printRoom')}</Link>
            {' · '}
            <Link to={`/rooms/${room.id}/plan`}>{t('labels.links.printPlan')}</Link>
          </p>
        </div>
        <RoomOccupancy counts={occupancy} />
      </div>

      <details className="room-lookup card">
        <summary>{t('lookup.heading')}</summary>
        <AddressLookup />
      </details>

      <div className="room-body" data-placing={placing || undefined}>
        {canPlace ? (
          <PlacementPanel
            open={placing}
            onOpenChange={(open) => {
              setPlacing(open)
              setSelected(NO_SELECTION)
              if (open) setDetailsOpen(false)
            }}
            roomId={room.id}
            sections={sections}
            positionsById={positionsById}
            batchId={placementBatchId}
            onBatchChange={(batchId) => {
              setPlacementBatchId(batchId)
              setSelected(NO_SELECTION)
            }}
            selected={selected}
            onSelectedChange={setSelected}
          />
        ) : (
          <p className="muted">{t('rooms.readOnly')}</p>
        )}
        <div className="room-main stack">
          <div className="room-controls">
            <ColourModePicker
              value={mode}
              onChange={(next) => {
                setMode(next)
                setParam('colour', next)
              }}
            />
            <GridLegend title={t('rooms.legend')} items={views.legend} />
          </div>

          {/* Says what a click did while picking positions (and why a position can't be used). */}
          <div className={placing ? 'placement-feedback' : 'ui-visually-hidden'}>
            <Alert tone="info">{placing ? announcement : ''}</Alert>
          </div>

          {sections.length === 0 ? (
            <p className="muted">{t('rooms.noSections')}</p>
          ) : (
            sections.map((section) => (
              <SectionGrid
                key={section.id}
                section={section}
                cells={views.cellsBySection.get(section.id) ?? []}
                selectedIds={placing ? selected : undefined}
                multiselectable={placing}
                activeId={activeId}
                highlighted={section.id === highlightedSectionId}
                onCellActivate={onCellActivate}
              />
            ))
          )}
        </div>
      </div>

      <PositionDetailsDialog
        position={activePosition}
        section={activeSection}
        batchNames={batchNames}
        onClose={closeDetails}
      />
    </div>
  )
}
