import { PreRegisterInputSchema } from '@growops/domain'
import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { readApiError, translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { useCurrentUser } from '../../auth/hooks/use-session.ts'
import {
  FieldError,
  invalidFieldsOf,
  type InvalidFields,
} from '../../live/components/field-error.tsx'
import { fromLocalInput, localInputValue } from '../visit-format.ts'
import { ZoneChoices } from './zone-choices.tsx'

type TextField = 'visitorName' | 'company' | 'email' | 'phone' | 'purpose'

function nextQuarterHour(): Date {
  const date = new Date()
  date.setMinutes(Math.ceil((date.getMinutes() + 1) / 15) * 15, 0, 0)
  return date
}

/** Register an expected visitor: any member for a visit they host, managers for anyone. */
export function PreRegisterForm({ propertyId }: { propertyId: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId, canWrite } = useActiveOrganization()
  const { user } = useCurrentUser()
  const manager = canWrite('COMPLIANCE')
  const id = useId()
  const utils = trpc.useUtils()
  const zones = trpc.visitor.zones.useQuery({ organizationId, propertyId })
  const hosts = trpc.visitor.hosts.useQuery({ organizationId }, { enabled: manager })
  const empty = { visitorName: '', company: '', email: '', phone: '', purpose: '' }
  const [text, setText] = useState<Record<TextField, string>>(empty)
  const [expectedAt, setExpectedAt] = useState(() => localInputValue(nextQuarterHour()))
  const [hostId, setHostId] = useState(user.id)
  const [zoneIds, setZoneIds] = useState<string[]>([])
  const [invalid, setInvalid] = useState<InvalidFields>(new Set())
  const register = trpc.visitor.preRegister.useMutation({
    onSuccess: () => {
      setText(empty)
      setZoneIds([])
      setInvalid(new Set())
    },
    onError: (error) => setInvalid(invalidFieldsOf(readApiError(error).fieldErrors)),
    onSettled: () => utils.visitor.list.invalidate(),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    register.reset()
    const parsed = PreRegisterInputSchema.safeParse({
      propertyId,
      ...text,
      hostId: manager ? hostId : undefined,
      zoneIds,
      expectedAt: fromLocalInput(expectedAt) ?? '',
    })
    if (!parsed.success) {
      setInvalid(invalidFieldsOf(parsed.error))
      return
    }
    setInvalid(new Set())
    register.mutate({
      organizationId,
      ...parsed.data,
      expectedAt: parsed.data.expectedAt.toISOString(),
    })
  }

  function field(name: TextField, options: { type?: string; required?: boolean } = {}) {
    const bad = invalid.has(name)
    return (
      <div className="ui-field" key={name}>
        <label className="ui-field__label" htmlFor={`${id}-${name}`}>
          {t(`visitors.form.${name}`)}
          {options.required ? null : <span className="meta"> {t('visitors.form.optional')}</span>}
        </label>
        <input
          id={`${id}-${name}`}
          className="ui-field__input"
          type={options.type ?? 'text'}
          value={text[name]}
          onChange={(event) => setText({ ...text, [name]: event.target.value })}
          aria-invalid={bad ? true : undefined}
          aria-describedby={bad ? `${id}-${name}-error` : undefined}
          autoComplete="off"
        />
        <FieldError
          id={`${id}-${name}-error`}
          message={bad ? t(`visitors.form.errors.${name}`) : null}
        />
      </div>
    )
  }

  return (
    <form className="stack live-form" onSubmit={submit} noValidate>
      <div className="form-row">
        {field('visitorName', { required: true })}
        {field('company')}
      </div>
      <div className="form-row">
        {field('email', { type: 'email' })}
        {field('phone', { type: 'tel' })}
      </div>
      {field('purpose', { required: true })}
      <div className="form-row">
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-expected`}>
            {t('visitors.form.expectedAt')}
          </label>
          <input
            id={`${id}-expected`}
            className="ui-field__input"
            type="datetime-local"
            value={expectedAt}
            onChange={(event) => setExpectedAt(event.target.value)}
            aria-invalid={invalid.has('expectedAt') ? true : undefined}
            aria-describedby={invalid.has('expectedAt') ? `${id}-expected-error` : undefined}
          />
          <FieldError
            id={`${id}-expected-error`}
            message={invalid.has('expectedAt') ? t('visitors.form.errors.expectedAt') : null}
          />
        </div>
        {manager ? (
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-host`}>
              {t('visitors.form.host')}
            </label>
            <select
              id={`${id}-host`}
              className="ui-select"
              value={hostId}
              onChange={(event) => setHostId(event.target.value)}
            >
              {(hosts.data ?? [{ id: user.id, name: user.name }]).map((host) => (
                <option key={host.id} value={host.id}>
                  {host.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p className="meta visitor-host-note">{t('visitors.form.youHost')}</p>
        )}
      </div>
      {zones.data ? (
        <ZoneChoices
          zones={zones.data.zones}
          value={zoneIds}
          onChange={setZoneIds}
          invalid={invalid.has('zoneIds')}
          errorId={`${id}-zones-error`}
          legend={t('visitors.form.zones')}
          errorMessage={t('visitors.form.errors.zoneIds')}
        />
      ) : null}
      <div>
        <button
          type="submit"
          className="ui-button ui-button--primary"
          aria-disabled={register.isPending}
        >
          {register.isPending ? t('visitors.form.saving') : t('visitors.form.submit')}
        </button>
      </div>
      <Alert>
        {register.isError && invalid.size === 0 ? translateApiError(i18n, register.error) : null}
      </Alert>
      <Alert tone="info">
        {register.data ? (
          <>
            {t('visitors.form.saved', { name: register.data.visitorName })}{' '}
            <Link to={`/visitors/${register.data.id}`}>{t('visitors.form.openVisit')}</Link>
          </>
        ) : null}
      </Alert>
    </form>
  )
}
