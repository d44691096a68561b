import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { VisitList } from './visit-list.tsx'

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** The visitor log's address for a range of days (both inclusive) at one property. */
export function visitorLogUrl(
  organizationId: string,
  propertyId: string,
  from: string,
  to: string,
) {
  const params = new URLSearchParams({ organizationId, propertyId, from, to })
  return `/exports/visitors.csv?${params.toString()}`
}

/** Visits of a range of days, and the visitor log as CSV for those who may export it. */
export function HistoryPanel({
  propertyId,
  canExport,
}: {
  propertyId: string
  canExport: boolean
}) {
  const { t } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const [to, setTo] = useState(() => isoDay(new Date()))
  const [from, setFrom] = useState(() => isoDay(new Date(Date.now() - 30 * 86_400_000)))
  const ordered = from !== '' && to !== '' && from <= to
  return (
    <div className="stack">
      <div className="form-row">
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-from`}>
            {t('visitors.history.from')}
          </label>
          <input
            id={`${id}-from`}
            type="date"
            className="ui-field__input"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
          />
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-to`}>
            {t('visitors.history.to')}
          </label>
          <input
            id={`${id}-to`}
            type="date"
            className="ui-field__input"
            value={to}
            onChange={(event) => setTo(event.target.value)}
            aria-invalid={ordered ? undefined : true}
            aria-describedby={ordered ? undefined : `${id}-range-error`}
          />
        </div>
      </div>
      {ordered ? (
        <>
          {canExport ? (
            <p>
              <a href={visitorLogUrl(organizationId, propertyId, from, to)} download>
                {t('visitors.history.export')}
              </a>
            </p>
          ) : null}
          <VisitList propertyId={propertyId} view="history" from={from} to={to} />
        </>
      ) : (
        <p id={`${id}-range-error`} className="ui-field__error">
          {t('visitors.history.badRange')}
        </p>
      )}
    </div>
  )
}
