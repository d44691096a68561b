import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { RoomOccupancy } from '../../facility/components/room-occupancy.tsx'
import { RetryButton } from './retry-button.tsx'

/**
 * Occupied / empty / reserved per room of one property. The live connection patches these
 * counts in place on `occupancy.changed`, so plants placed, moved or harvested anywhere show
 * here without a refresh.
 */
export function OccupancyTiles({ propertyId }: { propertyId: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const headingId = useId()
  const occupancy = trpc.property.occupancy.useQuery({ organizationId, propertyId })

  let body
  if (occupancy.isPending) body = <LoadingState label={t('dashboard.occupancy.loading')} />
  else if (occupancy.isError)
    body = (
      <div className="stack">
        <Alert>{translateApiError(i18n, occupancy.error)}</Alert>
        <RetryButton onRetry={() => void occupancy.refetch()} />
      </div>
    )
  else if (occupancy.data.length === 0)
    body = (
      <EmptyState title={t('dashboard.occupancy.empty.title')} headingLevel={3}>
        <p>{t('dashboard.occupancy.empty.body')}</p>
      </EmptyState>
    )
  else
    body = (
      <ul className="dash-tiles">
        {occupancy.data.map((room) => (
          <li key={room.roomId} className="dash-tile" data-testid="occupancy-tile">
            <h3 className="dash-tile__title">
              <Link to={`/rooms/${room.roomId}`}>
                {t('dashboard.occupancy.roomName', {
                  building: room.buildingCode,
                  room: room.roomCode,
                })}
              </Link>
            </h3>
            <RoomOccupancy counts={room} />
          </li>
        ))}
      </ul>
    )

  return (
    <section className="card dash-section dash-section--wide" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__heading">
        {t('dashboard.occupancy.heading')}
      </h2>
      {body}
    </section>
  )
}
