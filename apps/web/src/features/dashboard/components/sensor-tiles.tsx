import { Alert, EmptyState, LoadingState, Sparkline, seriesExtent } from '@growops/ui'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc, type RouterOutputs } from '../../../app/trpc.ts'
import { formatMetricValue, sparklineValues } from '../../sensors/metric-format.ts'

type RoomSummary = RouterOutputs['sensor']['roomSummary'][number]
type MetricSummary = RoomSummary['metrics'][number]

/** Per room: the latest value of each metric with a two-hour sparkline; refreshed live. */
export function SensorTiles({ propertyId }: { propertyId: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const headingId = useId()
  const summary = trpc.sensor.roomSummary.useQuery({ organizationId, propertyId })
  const rooms = (summary.data ?? []).filter((room) => room.metrics.length > 0)

  let body
  if (summary.isPending) body = <LoadingState label={t('sensors.dashboard.loading')} />
  else if (summary.isError) body = <Alert>{translateApiError(i18n, summary.error)}</Alert>
  else if (rooms.length === 0)
    body = (
      <EmptyState title={t('sensors.dashboard.empty')} headingLevel={3}>
        <p>{t('sensors.empty.body')}</p>
      </EmptyState>
    )
  else
    body = (
      <ul className="dash-tiles">
        {rooms.map((room) => (
          <li key={room.roomId} className="dash-tile" data-testid="sensor-tile">
            <h3 className="dash-tile__title">
              {t('sensors.codeAndName', { code: room.roomCode, name: room.roomName })}
            </h3>
            <p className="meta">
              {t('sensors.dashboard.sensors', { count: room.sensorCount })}
              {room.openAlerts > 0 ? (
                <>
                  {' · '}
                  <Link to="/alerts" className="dash-alert-count">
                    {t('sensors.dashboard.openAlerts', { count: room.openAlerts })}
                  </Link>
                </>
              ) : null}
            </p>
            <ul className="metric-list">
              {room.metrics.map((metric) => (
                <MetricRow key={metric.metric} metric={metric} alert={room.openAlerts > 0} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    )

  return (
    <section className="card dash-section dash-section--wide" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__heading">
        {t('sensors.dashboard.heading')}
      </h2>
      {body}
      <p>
        <Link to="/sensors" className="dash-more">
          {t('sensors.dashboard.all')}
        </Link>
      </p>
    </section>
  )
}

function MetricRow({ metric, alert }: { metric: MetricSummary; alert: boolean }) {
  const { t, i18n } = useTranslation()
  const name = t(`sensors.metric.${metric.metric}`)
  const format = (value: number) => formatMetricValue(metric.metric, value, i18n.language)
  const latest = format(metric.latest)
  const values = sparklineValues(metric.sparkline)
  const extent = seriesExtent(values)
  const summary =
    extent && values.length > 1
      ? t('sensors.dashboard.sparkline', {
          metric: name,
          min: format(extent.min),
          max: format(extent.max),
          latest,
        })
      : t('sensors.dashboard.sparklineEmpty', { metric: name, latest })
  return (
    <li className="metric">
      <span className="metric__name">{name}</span>
      <span className="metric__value">{latest}</span>
      <Sparkline values={values} summary={summary} width={200} height={28} alert={alert} />
    </li>
  )
}
