import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { usePropertyRooms } from '../../shift-notes/hooks/use-property-rooms.ts'
import { formatMetricValue } from '../metric-format.ts'

/** Alert rules per room; CULTIVATION_OPS FULL may remove them. */
export function RuleList({ propertyId, canChange }: { propertyId: string; canChange: boolean }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const rooms = usePropertyRooms(propertyId)
  const utils = trpc.useUtils()
  const rules = trpc.alert.rules.useQuery({ organizationId, propertyId })
  const remove = trpc.alert.removeRule.useMutation({
    onSettled: () => utils.alert.rules.invalidate(),
  })
  if (rules.isPending) return <LoadingState label={t('sensors.rules.loading')} />
  if (rules.isError) return <Alert>{translateApiError(i18n, rules.error)}</Alert>
  if (rules.data.length === 0)
    return (
      <EmptyState title={t('sensors.rules.empty.title')} headingLevel={3}>
        <p>{t('sensors.rules.empty.body')}</p>
      </EmptyState>
    )
  const value = (metric: (typeof rules.data)[number]['metric'], number: number | null) =>
    number === null ? '—' : formatMetricValue(metric, number, i18n.language)
  const groups = rooms
    .map((room) => ({ room, rules: rules.data.filter((rule) => rule.roomId === room.id) }))
    .filter((group) => group.rules.length > 0)
  const others = rules.data.filter((rule) => !rooms.some((room) => room.id === rule.roomId))
  if (others.length > 0)
    groups.push({ room: { id: 'sensor', label: t('sensors.rules.perSensor') }, rules: others })
  return (
    <div className="stack">
      {groups.map((group) => (
        <div key={group.room.id}>
          <h3 className="handoff-group__heading">{group.room.label}</h3>
          <ul className="dash-list">
            {group.rules.map((rule) => {
              const text = t('sensors.rules.summary', {
                metric: t(`sensors.metric.${rule.metric}`),
                min: value(rule.metric, rule.min),
                max: value(rule.metric, rule.max),
                minutes: Math.round(rule.minDurationSeconds / 60),
              })
              return (
                <li key={rule.id} className="dash-list__item rule">
                  <p className="rule__text">
                    <span
                      className="pill"
                      data-tone={rule.severity === 'CRITICAL' ? 'danger' : 'warning'}
                    >
                      {t(`alerts.severity.${rule.severity}`)}
                    </span>{' '}
                    {text}
                    {rule.enabled ? null : ` · ${t('sensors.rules.disabled')}`}
                  </p>
                  {canChange ? (
                    <button
                      type="button"
                      className="ui-button ui-button--secondary ui-button--small"
                      aria-label={t('sensors.rules.removeNamed', { text })}
                      onClick={() => remove.mutate({ organizationId, ruleId: rule.id })}
                    >
                      {t('sensors.rules.remove')}
                    </button>
                  ) : null}
                </li>
              )
            })}
          </ul>
        </div>
      ))}
      <Alert>{remove.isError ? translateApiError(i18n, remove.error) : null}</Alert>
    </div>
  )
}
