import { Alert as Message } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc, type RouterOutputs } from '../../../app/trpc.ts'
import { When } from '../../live/components/when.tsx'
import { formatMetricValue } from '../../sensors/metric-format.ts'
import { CreateTaskButton } from '../../tasks/components/create-task-button.tsx'

export type AlertItemData = RouterOutputs['alert']['list'][number]

const SEVERITY_TONE = { INFO: 'info', WARNING: 'warning', CRITICAL: 'danger' } as const

/** The alert in words the reader's language: what, where, how far off. */
export function useAlertText(alert: AlertItemData): string {
  const { t, i18n } = useTranslation()
  const metric = alert.metric ? t(`sensors.metric.${alert.metric}`) : ''
  const value =
    alert.metric && alert.value !== null
      ? formatMetricValue(alert.metric, alert.value, i18n.language)
      : ''
  const threshold =
    alert.metric && alert.threshold !== null
      ? formatMetricValue(alert.metric, alert.threshold, i18n.language)
      : ''
  const sensor = alert.sensorCode ?? ''
  switch (alert.kind) {
    case 'THRESHOLD':
      if (alert.value !== null && alert.threshold !== null)
        return t(
          alert.value > alert.threshold
            ? 'alerts.text.thresholdAbove'
            : 'alerts.text.thresholdBelow',
          { metric, value, threshold },
        )
      return t('alerts.text.thresholdOutside', { metric })
    case 'ANOMALY':
      return t('alerts.text.anomaly', { metric, value })
    case 'FLATLINE':
      return t('alerts.text.flatline', { sensor, metric })
    case 'SILENT':
      return t('alerts.text.silent', { sensor })
  }
}

/** One alert: severity, text, where, status and who did what; acknowledge and resolve. */
export function AlertItem({
  alert,
  headingLevel = 3,
  highlighted = false,
}: {
  alert: AlertItemData
  headingLevel?: 3 | 4
  highlighted?: boolean
}) {
  const { t } = useTranslation()
  const { role, canWrite } = useActiveOrganization()
  const text = useAlertText(alert)
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  // STAFF on the floor acknowledge (LIMITED); resolving takes CULTIVATION_OPS FULL.
  const canAcknowledge = canWrite('CULTIVATION_OPS') || role === 'STAFF'
  const canResolve = canWrite('CULTIVATION_OPS')
  const where = [alert.roomCode, alert.sensorCode].filter(Boolean).join(' · ')
  return (
    <li
      id={`alert-${alert.alertId}`}
      className="dash-list__item alert-item"
      data-status={alert.status}
      data-highlighted={highlighted}
      data-testid="alert"
    >
      <Heading className="alert-item__title">
        <span className="pill" data-tone={SEVERITY_TONE[alert.severity]}>
          {t(`alerts.severity.${alert.severity}`)}
        </span>{' '}
        {text}
      </Heading>
      <p className="meta">
        {where ? `${where} · ` : ''}
        {t(`alerts.kind.${alert.kind}`)} · {t('alerts.opened')} <When iso={alert.openedAt} />
      </p>
      <p className="meta">
        <strong>{t(`alerts.status.${alert.status}`)}</strong>
        {alert.acknowledgedAt && alert.acknowledgedBy ? (
          <>
            {' · '}
            {t('alerts.acknowledgedBy', { name: alert.acknowledgedBy.name })}{' '}
            <When iso={alert.acknowledgedAt} />
          </>
        ) : null}
        {alert.resolvedAt ? (
          <>
            {' · '}
            {alert.resolvedBy
              ? t('alerts.resolvedBy', { name: alert.resolvedBy.name })
              : t('alerts.resolvedAutomatically')}{' '}
            <When iso={alert.resolvedAt} />
          </>
        ) : null}
      </p>
      {alert.resolution && alert.resolvedBy ? (
        <p className="alert-item__resolution">{alert.resolution}</p>
      ) : null}
      <AlertActions
        alert={alert}
        text={text}
        canAcknowledge={canAcknowledge}
        canResolve={canResolve}
      />
      <div className="row-actions">
        <CreateTaskButton
          source={{ kind: 'alert', id: alert.alertId }}
          defaults={{ title: text, propertyId: alert.propertyId, roomId: alert.roomId }}
          about={text}
        />
      </div>
    </li>
  )
}

function AlertActions({
  alert,
  text,
  canAcknowledge,
  canResolve,
}: {
  alert: AlertItemData
  text: string
  canAcknowledge: boolean
  canResolve: boolean
}) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const utils = trpc.useUtils()
  const refresh = () =>
    Promise.all([utils.alert.invalidate(), utils.sensor.roomSummary.invalidate()])
  const acknowledge = trpc.alert.acknowledge.useMutation({ onSettled: refresh })
  const resolve = trpc.alert.resolve.useMutation({
    onSuccess: () => setResolving(false),
    onSettled: refresh,
  })
  const [resolving, setResolving] = useState(false)
  const [note, setNote] = useState('')
  const [noteMissing, setNoteMissing] = useState(false)
  if (alert.status === 'RESOLVED') return null

  function submit(event: FormEvent) {
    event.preventDefault()
    if (note.trim() === '') {
      setNoteMissing(true)
      return
    }
    setNoteMissing(false)
    resolve.mutate({ organizationId, alertId: alert.alertId, note: note.trim() })
  }

  const error = acknowledge.error ?? resolve.error
  return (
    <>
      <div className="row-actions">
        {alert.status === 'OPEN' && canAcknowledge ? (
          <button
            type="button"
            className="ui-button ui-button--primary ui-button--small"
            aria-label={t('alerts.acknowledgeNamed', { text })}
            aria-disabled={acknowledge.isPending}
            onClick={() => {
              if (!acknowledge.isPending)
                acknowledge.mutate({ organizationId, alertId: alert.alertId })
            }}
          >
            {t('alerts.acknowledge')}
          </button>
        ) : null}
        {canResolve && !resolving ? (
          <button
            type="button"
            className="ui-button ui-button--secondary ui-button--small"
            aria-label={t('alerts.resolveNamed', { text })}
            onClick={() => setResolving(true)}
          >
            {t('alerts.resolve')}
          </button>
        ) : null}
      </div>
      {resolving ? (
        <form className="alert-item__resolve" onSubmit={submit} noValidate>
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-note`}>
              {t('alerts.resolveNote')}
            </label>
            <textarea
              id={`${id}-note`}
              className="ui-field__input"
              rows={2}
              maxLength={1000}
              value={note}
              // The form opens on request: take the reader straight to the note.
              autoFocus
              onChange={(event) => setNote(event.target.value)}
              aria-invalid={noteMissing ? true : undefined}
              aria-describedby={noteMissing ? `${id}-note-error` : undefined}
            />
            {noteMissing ? (
              <p id={`${id}-note-error`} className="ui-field__error">
                {t('alerts.resolveNoteMissing')}
              </p>
            ) : null}
          </div>
          <div className="row-actions">
            <button
              type="submit"
              className="ui-button ui-button--primary ui-button--small"
              aria-disabled={resolve.isPending}
            >
              {t('alerts.confirmResolve')}
            </button>
            <button
              type="button"
              className="ui-button ui-button--secondary ui-button--small"
              onClick={() => setResolving(false)}
            >
              {t('alerts.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      <Message>{error ? translateApiError(i18n, error) : null}</Message>
    </>
  )
}
