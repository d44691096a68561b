import {
  AlertRuleCreateInputSchema,
  AlertSeveritySchema,
  SensorMetricSchema,
} from '@growops/domain'
import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { readApiError, translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { invalidFieldsOf, type InvalidFields } from '../../live/components/field-error.tsx'
import { usePropertyRooms } from '../../shift-notes/hooks/use-property-rooms.ts'

const RULE_FIELDS = ['roomId', 'min', 'max', 'hysteresis', 'minDurationSeconds'] as const

function numberOrNull(text: string): number | null {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '') return null
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : Number.NaN
}

/** A room rule: a metric's range, hysteresis and minimum duration, and the alert's severity. */
export function RuleForm({ propertyId }: { propertyId: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const utils = trpc.useUtils()
  const rooms = usePropertyRooms(propertyId)
  const [roomId, setRoomId] = useState('')
  const [metric, setMetric] = useState<(typeof SensorMetricSchema.options)[number]>('TEMPERATURE_C')
  const [min, setMin] = useState('')
  const [max, setMax] = useState('')
  const [hysteresis, setHysteresis] = useState('0')
  const [minutes, setMinutes] = useState('0')
  const [severity, setSeverity] = useState<(typeof AlertSeveritySchema.options)[number]>('WARNING')
  const [invalid, setInvalid] = useState<InvalidFields>(new Set())
  const [saved, setSaved] = useState(false)
  const create = trpc.alert.createRule.useMutation({
    onSuccess: () => {
      setSaved(true)
      setInvalid(new Set())
    },
    onError: (error) => setInvalid(invalidFieldsOf(readApiError(error).fieldErrors)),
    onSettled: () => utils.alert.rules.invalidate(),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    setSaved(false)
    const parsed = AlertRuleCreateInputSchema.safeParse({
      propertyId,
      roomId: roomId || null,
      metric,
      min: numberOrNull(min),
      max: numberOrNull(max),
      hysteresis: numberOrNull(hysteresis) ?? 0,
      minDurationSeconds: Math.round((numberOrNull(minutes) ?? 0) * 60),
      severity,
    })
    if (!parsed.success) {
      setInvalid(invalidFieldsOf(parsed.error))
      return
    }
    create.mutate({ organizationId, ...parsed.data })
  }

  const field = (name: string, label: string, value: string, set: (v: string) => void) => (
    <div className="ui-field">
      <label className="ui-field__label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        className="ui-field__input"
        inputMode="decimal"
        value={value}
        onChange={(event) => set(event.target.value)}
        aria-invalid={invalid.has(name) ? true : undefined}
      />
    </div>
  )
  const problems = RULE_FIELDS.filter((name) => invalid.has(name))

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="form-row">
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-room`}>
            {t('sensors.rules.room')}
          </label>
          <select
            id={`${id}-room`}
            className="ui-select"
            value={roomId}
            onChange={(event) => setRoomId(event.target.value)}
            aria-invalid={invalid.has('roomId') ? true : undefined}
          >
            <option value="">{t('sensors.rules.chooseRoom')}</option>
            {rooms.map((room) => (
              <option key={room.id} value={room.id}>
                {room.label}
              </option>
            ))}
          </select>
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-metric`}>
            {t('sensors.rules.metric')}
          </label>
          <select
            id={`${id}-metric`}
            className="ui-select"
            value={metric}
            onChange={(event) => setMetric(event.target.value as typeof metric)}
          >
            {SensorMetricSchema.options.map((value) => (
              <option key={value} value={value}>
                {t(`sensors.metric.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {field('min', t('sensors.rules.min'), min, setMin)}
        {field('max', t('sensors.rules.max'), max, setMax)}
        {field('hysteresis', t('sensors.rules.hysteresis'), hysteresis, setHysteresis)}
        {field('minDurationSeconds', t('sensors.rules.minutes'), minutes, setMinutes)}
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-severity`}>
            {t('sensors.rules.severity')}
          </label>
          <select
            id={`${id}-severity`}
            className="ui-select"
            value={severity}
            onChange={(event) => setSeverity(event.target.value as typeof severity)}
          >
            {AlertSeveritySchema.options.map((value) => (
              <option key={value} value={value}>
                {t(`alerts.severity.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div>
        <button
          type="submit"
          className="ui-button ui-button--primary"
          aria-disabled={create.isPending}
        >
          {t('sensors.rules.submit')}
        </button>
      </div>
      <Alert>
        {problems.length > 0
          ? problems.map((name) => t(`sensors.rules.errors.${name}`)).join(' ')
          : create.isError
            ? translateApiError(i18n, create.error)
            : null}
      </Alert>
      <Alert tone="info">{saved ? t('sensors.rules.saved') : null}</Alert>
    </form>
  )
}
