import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { trpc } from '../../../app/trpc.ts'
import { auditPacketHref, isoDay } from '../audit-packet-href.ts'

/** Date range (and optionally one property) → the audit packet zip, downloaded by the browser. */
export function AuditPacketForm() {
  const { t } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const properties = trpc.property.list.useQuery({ organizationId })
  const today = new Date()
  const [from, setFrom] = useState(isoDay(new Date(today.getTime() - 90 * 86_400_000)))
  const [to, setTo] = useState(isoDay(today))
  const [propertyId, setPropertyId] = useState('')
  const [invalid, setInvalid] = useState(false)

  function submit(event: FormEvent) {
    event.preventDefault()
    const href = auditPacketHref({ organizationId, from, to, propertyId })
    setInvalid(href === null)
    // A download (Content-Disposition: attachment): the page stays where it is.
    if (href) window.location.assign(href)
  }

  return (
    <form className="stack live-form" onSubmit={submit} noValidate>
      <div className="form-row">
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-from`}>
            {t('compliance.packet.from')}
          </label>
          <input
            id={`${id}-from`}
            type="date"
            className="ui-field__input"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? `${id}-error` : undefined}
          />
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-to`}>
            {t('compliance.packet.to')}
          </label>
          <input
            id={`${id}-to`}
            type="date"
            className="ui-field__input"
            value={to}
            onChange={(event) => setTo(event.target.value)}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? `${id}-error` : undefined}
          />
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-property`}>
            {t('compliance.packet.property')}
          </label>
          <select
            id={`${id}-property`}
            className="ui-select"
            value={propertyId}
            onChange={(event) => setPropertyId(event.target.value)}
          >
            <option value="">{t('compliance.packet.allProperties')}</option>
            {(properties.data ?? []).map((property) => (
              <option key={property.id} value={property.id}>
                {t('facility.codeAndName', { code: property.code, name: property.name })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div>
        <button type="submit" className="ui-button ui-button--primary">
          {t('compliance.packet.download')}
        </button>
      </div>
      <Alert id={`${id}-error`}>{invalid ? t('compliance.packet.errors.range') : null}</Alert>
    </form>
  )
}
