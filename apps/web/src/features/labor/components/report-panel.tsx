import {
  LABOR_GROUP_BYS,
  LABOR_PERIODS,
  type LaborGroupBy,
  type LaborPeriod,
} from '@growops/domain'
import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { browserTimeZone, formatDay, formatHours, localToday } from '../labor-format.ts'
import { ReportTable } from './report-table.tsx'

interface ReportQuery {
  groupBy: LaborGroupBy
  period: LaborPeriod
  from: string
  to: string
}

/** Hours, overtime and cost grouped as asked, with overtime flags and the CSV (LAB9, LAB15). */
export function ReportPanel() {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const today = localToday()
  const [draft, setDraft] = useState<ReportQuery>({
    groupBy: 'person',
    period: 'week',
    from: `${today.slice(0, 8)}01`,
    to: today,
  })
  const [query, setQuery] = useState<ReportQuery>(draft)
  const [rangeError, setRangeError] = useState(false)
  const timeZone = browserTimeZone()
  const report = trpc.labor.report.useQuery({ organizationId, timeZone, ...query })
  const csvHref = `/exports/labor.csv?${new URLSearchParams({ organizationId, timeZone, ...query }).toString()}`

  function submit(event: FormEvent) {
    event.preventDefault()
    const valid = Boolean(draft.from && draft.to && draft.from <= draft.to)
    setRangeError(!valid)
    if (valid) setQuery(draft)
  }

  let body
  if (report.isPending) body = <LoadingState label={t('labor.report.loading')} />
  else if (report.isError) body = <Alert>{translateApiError(i18n, report.error)}</Alert>
  else if (report.data.rows.length === 0) {
    body = (
      <EmptyState title={t('labor.report.emptyTitle')} headingLevel={3}>
        <p>{t('labor.report.emptyBody')}</p>
      </EmptyState>
    )
  } else {
    const data = report.data
    body = (
      <>
        <ReportTable report={data} labelledBy={`${id}-heading`} />
        {data.totals.noRateHours > 0 ? (
          <p className="meta">
            {t('labor.report.noRateNote', {
              hours: formatHours(data.totals.noRateHours, i18n.language),
            })}
          </p>
        ) : null}
        <section className="stack" aria-labelledby={`${id}-flags`}>
          <h3 id={`${id}-flags`}>{t('labor.report.flagsHeading')}</h3>
          {data.overtimeFlags.length === 0 ? (
            <p className="muted">{t('labor.report.noFlags')}</p>
          ) : (
            <ul className="labor-flags">
              {data.overtimeFlags.map((flag) => (
                <li key={`${flag.userId}-${flag.weekStart}`}>
                  {t('labor.report.flag', {
                    name: flag.name ?? '—',
                    week: formatDay(flag.weekStart, i18n.language),
                    overtime: formatHours(flag.overtimeHours, i18n.language),
                    doubleTime: formatHours(flag.doubleTimeHours, i18n.language),
                  })}
                  {flag.seventhDay ? (
                    <span className="pill labor-pill" data-tone="warning">
                      {t('labor.week.seventhDay')}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </>
    )
  }

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('labor.report.heading')}</h2>
      <form className="form-row labor-filters" onSubmit={submit} noValidate>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-group`}>
            {t('labor.report.groupBy')}
          </label>
          <select
            id={`${id}-group`}
            className="ui-select"
            value={draft.groupBy}
            onChange={(event) =>
              setDraft({ ...draft, groupBy: event.target.value as LaborGroupBy })
            }
          >
            {LABOR_GROUP_BYS.map((value) => (
              <option key={value} value={value}>
                {t(`labor.report.groupByOptions.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {draft.groupBy === 'period' ? (
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-period`}>
              {t('labor.report.period')}
            </label>
            <select
              id={`${id}-period`}
              className="ui-select"
              value={draft.period}
              onChange={(event) =>
                setDraft({ ...draft, period: event.target.value as LaborPeriod })
              }
            >
              {LABOR_PERIODS.map((value) => (
                <option key={value} value={value}>
                  {t(`labor.report.periodOptions.${value}`)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-from`}>
            {t('labor.report.from')}
          </label>
          <input
            id={`${id}-from`}
            type="date"
            className="ui-field__input"
            value={draft.from}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
            aria-invalid={rangeError || undefined}
            aria-describedby={rangeError ? `${id}-range-error` : undefined}
          />
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-to`}>
            {t('labor.report.to')}
          </label>
          <input
            id={`${id}-to`}
            type="date"
            className="ui-field__input"
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
            aria-invalid={rangeError || undefined}
            aria-describedby={rangeError ? `${id}-range-error` : undefined}
          />
        </div>
        <div className="labor-filters__submit">
          <button type="submit" className="ui-button ui-button--primary">
            {t('labor.report.show')}
          </button>
        </div>
      </form>
      {rangeError ? (
        <p id={`${id}-range-error`} className="ui-field__error">
          {t('labor.report.rangeError')}
        </p>
      ) : null}
      <p>
        <a className="ui-button ui-button--secondary" href={csvHref} download>
          {t('labor.report.download')}
        </a>
      </p>
      {body}
    </section>
  )
}
