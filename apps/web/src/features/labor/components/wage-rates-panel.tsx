import { RoleSchema, type Role } from '@growops/domain'
import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { FieldError } from '../../live/components/field-error.tsx'
import { useLaborInvalidate } from '../hooks/use-labor-invalidate.ts'
import { useLaborOptions } from '../hooks/use-labor-options.ts'
import {
  browserTimeZone,
  dollarsToCents,
  formatDateTime,
  formatMoney,
  localToday,
} from '../labor-format.ts'

/** OWNER: every rate with its history, and a new rate for a person or a role (LAB14). */
export function WageRatesPanel() {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const rates = trpc.labor.wageRates.useQuery({ organizationId })
  // "Scheduled" is relative to when the list was read.
  const now = rates.dataUpdatedAt

  let body
  if (rates.isPending) body = <LoadingState label={t('labor.rates.loading')} />
  else if (rates.isError) body = <Alert>{translateApiError(i18n, rates.error)}</Alert>
  else if (rates.data.length === 0) {
    body = (
      <EmptyState title={t('labor.rates.emptyTitle')} headingLevel={3}>
        <p>{t('labor.rates.emptyBody')}</p>
      </EmptyState>
    )
  } else {
    body = (
      <div
        className="labor-table-wrap"
        role="region"
        aria-labelledby={`${id}-history`}
        tabIndex={0}
      >
        <table className="labor-table" data-testid="labor-rates">
          <thead>
            <tr>
              <th scope="col">{t('labor.rates.columns.for')}</th>
              <th scope="col">{t('labor.rates.columns.rate')}</th>
              <th scope="col">{t('labor.rates.columns.from')}</th>
              <th scope="col">{t('labor.rates.columns.status')}</th>
              <th scope="col">{t('labor.rates.columns.note')}</th>
              <th scope="col">{t('labor.rates.columns.setBy')}</th>
            </tr>
          </thead>
          <tbody>
            {rates.data.map((rate) => {
              const status = rate.current
                ? 'current'
                : Date.parse(rate.effectiveFrom) > now
                  ? 'scheduled'
                  : 'past'
              return (
                <tr key={rate.id}>
                  <th scope="row">
                    {rate.user?.name ??
                      (rate.role
                        ? t('labor.rates.roleDefault', { role: t(`common.roles.${rate.role}`) })
                        : '—')}
                  </th>
                  <td>{formatMoney(rate.hourlyCents, i18n.language)}</td>
                  <td>{formatDateTime(rate.effectiveFrom, i18n.language)}</td>
                  <td>
                    <span className="pill" data-tone={status === 'current' ? 'info' : 'muted'}>
                      {t(`labor.rates.status.${status}`)}
                    </span>
                  </td>
                  <td>{rate.note ?? ''}</td>
                  <td>{rate.createdBy.name ?? '—'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    )
  }

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('labor.rates.heading')}</h2>
      <p className="muted">{t('labor.rates.intro')}</p>
      <SetRateForm />
      <h3 id={`${id}-history`}>{t('labor.rates.history')}</h3>
      {body}
    </section>
  )
}

function SetRateForm() {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const options = useLaborOptions()
  const invalidate = useLaborInvalidate()
  const [target, setTarget] = useState<'person' | 'role'>('role')
  const [userId, setUserId] = useState('')
  const [role, setRole] = useState<Role>('STAFF')
  const [amount, setAmount] = useState('')
  const [from, setFrom] = useState(localToday())
  const [note, setNote] = useState('')
  const [invalid, setInvalid] = useState<Set<string>>(new Set())
  const [saved, setSaved] = useState(false)
  const setRate = trpc.labor.setRate.useMutation({
    onSuccess: () => {
      setAmount('')
      setNote('')
      setSaved(true)
    },
    onSettled: () => invalidate(),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    setSaved(false)
    const hourlyCents = dollarsToCents(amount)
    const problems = new Set<string>()
    if (hourlyCents === null) problems.add('hourly')
    if (target === 'person' && !userId) problems.add('userId')
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) problems.add('effectiveFrom')
    setInvalid(problems)
    if (problems.size > 0 || hourlyCents === null) return
    setRate.mutate({
      organizationId,
      ...(target === 'person' ? { userId } : { role }),
      hourlyCents,
      effectiveFrom: from,
      timeZone: browserTimeZone(),
      ...(note.trim() ? { note: note.trim() } : {}),
    })
  }

  const error = (field: string, message: string) => (
    <FieldError id={`${id}-${field}-error`} message={invalid.has(field) ? message : null} />
  )
  const describe = (field: string) => (invalid.has(field) ? `${id}-${field}-error` : undefined)

  return (
    <form
      className="card stack live-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`} className="card__heading">
        {t('labor.rates.formHeading')}
      </h3>
      <fieldset className="live-fieldset">
        <legend className="ui-field__label">{t('labor.rates.for')}</legend>
        <div className="choice-row">
          <label className="choice">
            <input
              type="radio"
              name={`${id}-target`}
              checked={target === 'role'}
              onChange={() => setTarget('role')}
            />
            {t('labor.rates.aRole')}
          </label>
          <label className="choice">
            <input
              type="radio"
              name={`${id}-target`}
              checked={target === 'person'}
              onChange={() => setTarget('person')}
            />
            {t('labor.rates.aPerson')}
          </label>
        </div>
      </fieldset>
      <div className="form-row">
        {target === 'person' ? (
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-person`}>
              {t('labor.rates.person')}
            </label>
            <select
              id={`${id}-person`}
              className="ui-select"
              value={userId}
              onChange={(event) => setUserId(event.target.value)}
              aria-invalid={invalid.has('userId') || undefined}
              aria-describedby={describe('userId')}
            >
              <option value="">{t('labor.rates.choosePerson')}</option>
              {(options.data?.people ?? []).map((person) => (
                <option key={person.id} value={person.id}>
                  {`${person.name} (${t(`common.roles.${person.role}`)})`}
                </option>
              ))}
            </select>
            {error('userId', t('labor.rates.errors.person'))}
          </div>
        ) : (
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-role`}>
              {t('labor.rates.role')}
            </label>
            <select
              id={`${id}-role`}
              className="ui-select"
              value={role}
              onChange={(event) => setRole(RoleSchema.parse(event.target.value))}
            >
              {RoleSchema.options.map((value) => (
                <option key={value} value={value}>
                  {t(`common.roles.${value}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-amount`}>
            {t('labor.rates.hourly')}
          </label>
          <input
            id={`${id}-amount`}
            className="ui-field__input"
            inputMode="decimal"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            aria-invalid={invalid.has('hourly') || undefined}
            aria-describedby={describe('hourly')}
          />
          {error('hourly', t('labor.rates.errors.hourly'))}
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-from`}>
            {t('labor.rates.effectiveFrom')}
          </label>
          <input
            id={`${id}-from`}
            type="date"
            className="ui-field__input"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
            aria-invalid={invalid.has('effectiveFrom') || undefined}
            aria-describedby={describe('effectiveFrom')}
          />
          {error('effectiveFrom', t('labor.rates.errors.date'))}
        </div>
      </div>
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-note`}>
          {t('labor.rates.note')}
        </label>
        <input
          id={`${id}-note`}
          className="ui-field__input"
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <div>
        <button
          type="submit"
          className="ui-button ui-button--primary"
          aria-disabled={setRate.isPending}
        >
          {t('labor.rates.save')}
        </button>
      </div>
      <Alert>{setRate.isError ? translateApiError(i18n, setRate.error) : null}</Alert>
      <Alert tone="info">{saved ? t('labor.rates.saved') : null}</Alert>
    </form>
  )
}
