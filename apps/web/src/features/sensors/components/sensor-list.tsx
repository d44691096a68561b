import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { When } from '../../live/components/when.tsx'
import { usePropertyRooms } from '../../shift-notes/hooks/use-property-rooms.ts'
import { formatMetricValue } from '../metric-format.ts'

/** The property's sensors with their latest values; refetched live on readings. */
export function SensorList({ propertyId }: { propertyId: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const rooms = usePropertyRooms(propertyId)
  const sensors = trpc.sensor.list.useQuery({ organizationId, propertyId })
  if (sensors.isPending) return <LoadingState label={t('sensors.loading')} />
  if (sensors.isError) return <Alert>{translateApiError(i18n, sensors.error)}</Alert>
  if (sensors.data.length === 0)
    return (
      <EmptyState title={t('sensors.empty.title')} headingLevel={3}>
        <p>{t('sensors.empty.body')}</p>
      </EmptyState>
    )
  const roomLabel = (roomId: string | null) =>
    rooms.find((room) => room.id === roomId)?.label ?? t('sensors.noRoom')
  return (
    <ul className="dash-tiles">
      {sensors.data.map((sensor) => (
        <li key={sensor.id} className="dash-tile" data-testid="sensor">
          <h3 className="dash-tile__title">
            {t('sensors.codeAndName', { code: sensor.code, name: sensor.name })}
          </h3>
          <p className="meta">
            {t(`sensors.kind.${sensor.kind}`)} · {roomLabel(sensor.roomId)}
          </p>
          {sensor.latest.length > 0 ? (
            <dl className="readings">
              {sensor.latest.map((reading) => (
                <div key={reading.metric} className="readings__row">
                  <dt>{t(`sensors.metric.${reading.metric}`)}</dt>
                  <dd>{formatMetricValue(reading.metric, reading.value, i18n.language)}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          <p className="meta">
            {sensor.lastReadingAt ? (
              <>
                {t('sensors.lastReading')} <When iso={sensor.lastReadingAt} />
              </>
            ) : (
              t('sensors.noReadings')
            )}
            {' · '}
            {t('sensors.keyPrefix', { prefix: sensor.apiKeyPrefix })}
          </p>
        </li>
      ))}
    </ul>
  )
}
