import { CheckInInputSchema, safetyAgreementText } from '@growops/domain'
import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import {
  FieldError,
  invalidFieldsOf,
  type InvalidFields,
} from '../../live/components/field-error.tsx'
import type { Visit } from './visit-list.tsx'

/** Reception checks an expected visitor in: ID seen, agreement read and accepted, start zone. */
export function ReceptionCheckIn({ visit }: { visit: Visit }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const utils = trpc.useUtils()
  const locale = i18n.language === 'es' ? 'es' : 'en'
  const [idChecked, setIdChecked] = useState(false)
  const [agreed, setAgreed] = useState(false)
  const [zoneId, setZoneId] = useState('')
  const [invalid, setInvalid] = useState<InvalidFields>(new Set())
  const checkIn = trpc.visitor.checkIn.useMutation({ onSettled: () => utils.visitor.invalidate() })

  function submit(event: FormEvent) {
    event.preventDefault()
    const parsed = CheckInInputSchema.safeParse({
      visitId: visit.id,
      idChecked,
      safetyAgreementAccepted: agreed,
      agreementLocale: locale,
      ...(zoneId ? { zoneId } : {}),
    })
    if (!parsed.success) {
      setInvalid(invalidFieldsOf(parsed.error))
      return
    }
    setInvalid(new Set())
    checkIn.mutate({ organizationId, ...parsed.data })
  }

  const box = (
    name: 'idChecked' | 'safetyAgreementAccepted',
    checked: boolean,
    set: (v: boolean) => void,
  ) => (
    <div>
      <label className="choice">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => set(event.target.checked)}
          aria-invalid={invalid.has(name) ? true : undefined}
          aria-describedby={invalid.has(name) ? `${id}-${name}-error` : undefined}
        />
        {t(`visitors.checkIn.${name}`)}
      </label>
      <FieldError
        id={`${id}-${name}-error`}
        message={invalid.has(name) ? t(`visitors.checkIn.errors.${name}`) : null}
      />
    </div>
  )

  return (
    <form className="stack live-form" onSubmit={submit} noValidate>
      <h3 id={`${id}-agreement`} className="visitor-agreement__heading">
        {t('visitors.checkIn.agreement')}
      </h3>
      <div
        className="visitor-agreement"
        tabIndex={0}
        role="region"
        aria-labelledby={`${id}-agreement`}
      >
        {safetyAgreementText(locale)
          .split('\n')
          .map((line) => (
            <p key={line}>{line}</p>
          ))}
      </div>
      {box('idChecked', idChecked, setIdChecked)}
      {box('safetyAgreementAccepted', agreed, setAgreed)}
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-zone`}>
          {t('visitors.checkIn.zone')}
        </label>
        <select
          id={`${id}-zone`}
          className="ui-select"
          value={zoneId}
          onChange={(e) => setZoneId(e.target.value)}
        >
          <option value="">{t('visitors.checkIn.defaultZone')}</option>
          {visit.zones.map((zone) => (
            <option key={zone.id} value={zone.id}>
              {zone.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button
          type="submit"
          className="ui-button ui-button--primary"
          aria-disabled={checkIn.isPending}
        >
          {t('visitors.checkIn.submit')}
        </button>
      </div>
      <Alert>{checkIn.isError ? translateApiError(i18n, checkIn.error) : null}</Alert>
    </form>
  )
}
