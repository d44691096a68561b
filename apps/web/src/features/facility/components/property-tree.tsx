import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { compareCodes } from '../../../app/compare-codes.ts'
import { translateKey } from '../../../app/translate-key.ts'
import { trpc } from '../../../app/trpc.ts'
import type { FacilityBuilding, FacilityRoom, PropertySummary } from '../facility-types.ts'
import { RoomOccupancy } from './room-occupancy.tsx'
import { SectionSummary } from './section-summary.tsx'

interface PropertyTreeProps {
  property: PropertySummary
  /** Building to open, highlight and scroll to (from an address lookup). */
  focusBuildingId: string | null
}

/** One property: its buildings (disclosure headings), their rooms and sections. */
export function PropertyTree({ property, focusBuildingId }: PropertyTreeProps) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const full = trpc.property.full.useQuery({ organizationId, propertyId: property.id })
  const headingId = useId()

  let body
  if (full.isPending) body = <LoadingState label={t('facility.loadingProperty')} />
  else if (full.isError)
    body = (
      <div className="stack">
        <Alert>{translateApiError(i18n, full.error)}</Alert>
        <div>
          <button
            type="button"
            className="ui-button ui-button--secondary"
            onClick={() => void full.refetch()}
          >
            {t('common.retry')}
          </button>
        </div>
      </div>
    )
  else if (full.data.buildings.length === 0)
    body = (
      <EmptyState title={t('facility.noBuildings.title')} headingLevel={3}>
        <p>{t('facility.noBuildings.body')}</p>
      </EmptyState>
    )
  else
    body = (
      <ul className="facility-tree" aria-labelledby={headingId}>
        {full.data.buildings.toSorted(compareCodes).map((building) => (
          <BuildingNode
            key={building.id}
            building={building}
            focused={building.id === focusBuildingId}
          />
        ))}
      </ul>
    )

  return (
    <section className="facility-property card" aria-labelledby={headingId}>
      <h2 id={headingId} className="facility-property__heading">
        {t('facility.codeAndName', { code: property.code, name: property.name })}
      </h2>
      <p>
        <Link to={`/layout/${property.id}`} className="facility-property__layout-link">
          {t('layout.openLayout')}
        </Link>
      </p>
      {property.licenseNumber || property.address ? (
        <p className="muted facility-property__meta">
          {[
            property.licenseNumber
              ? t('facility.licence', { number: property.licenseNumber })
              : null,
            property.address,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      ) : null}
      {body}
    </section>
  )
}

function BuildingNode({ building, focused }: { building: FacilityBuilding; focused: boolean }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(true)
  const listId = useId()
  const ref = useRef<HTMLLIElement>(null)

  useEffect(() => {
    // Buildings start open, so the one found by address is visible.
    if (!focused) return
    ref.current?.scrollIntoView({ block: 'start' })
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus()
  }, [focused])

  return (
    <li ref={ref} className="facility-building" data-highlighted={focused || undefined}>
      <h3 className="facility-building__heading">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((value) => !value)}
        >
          <span className="disclosure__icon" aria-hidden="true" />
          <span className="facility-item__title">
            {t('facility.codeAndName', { code: building.code, name: building.name })}
          </span>
          <span className="facility-item__meta">
            {t('facility.building.details', {
              type: translateKey(t, `facility.buildingTypes.${building.type}`, {
                defaultValue: building.type,
              }),
              rooms: t('facility.building.rooms', { count: building.rooms.length }),
            })}
          </span>
        </button>
      </h3>
      <ul id={listId} className="facility-rooms" hidden={!open}>
        {building.rooms.length === 0 ? (
          <li className="muted">{t('facility.building.noRooms')}</li>
        ) : (
          building.rooms
            .toSorted(compareCodes)
            .map((room) => <RoomNode key={room.id} room={room} />)
        )}
      </ul>
    </li>
  )
}

function RoomNode({ room }: { room: FacilityRoom }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const listId = useId()
  return (
    <li className="facility-room">
      <div className="facility-room__main">
        <h4 className="facility-room__heading">
          <Link to={`/rooms/${room.id}`} className="facility-room__link">
            {t('facility.codeAndName', { code: room.code, name: room.name })}
          </Link>
        </h4>
        <p className="facility-item__meta">
          {translateKey(t, `facility.roomTypes.${room.type}`, { defaultValue: room.type })}
          {room.metrcLocationName
            ? t('facility.room.metrcSuffix', { name: room.metrcLocationName })
            : null}
        </p>
      </div>
      <RoomOccupancy counts={room.occupancy} />
      {room.sections.length > 0 ? (
        <div className="facility-room__sections">
          <button
            type="button"
            className="disclosure disclosure--small"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen((value) => !value)}
          >
            <span className="disclosure__icon" aria-hidden="true" />
            {t('facility.room.sections', { count: room.sections.length, room: room.code })}
          </button>
          <ul
            id={listId}
            className="facility-sections"
            hidden={!open}
            aria-label={t('facility.room.sectionsList', { room: room.code })}
          >
            {room.sections.toSorted(compareCodes).map((section) => (
              <li key={section.id} className="facility-section">
                <SectionSummary section={section} />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="facility-item__meta">{t('facility.room.noSections')}</p>
      )}
    </li>
  )
}
