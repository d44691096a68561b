import { Alert, LoadingState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { browserTimeZone, formatDay, formatHours } from '../labor-format.ts'

/** This week, Monday to Sunday, with overtime and double time marked (LAB3–LAB5). */
export function MyWeek() {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const week = trpc.labor.myWeek.useQuery({ organizationId, timeZone: browserTimeZone() })
  const hours = (value: number) => formatHours(value, i18n.language)

  let body
  if (week.isPending) body = <LoadingState label={t('labor.week.loading')} />
  else if (week.isError) body = <Alert>{translateApiError(i18n, week.error)}</Alert>
  else {
    const data = week.data
    body = (
      <div
        className="labor-table-wrap"
        role="region"
        aria-labelledby="labor-week-heading"
        tabIndex={0}
      >
        <table className="labor-table" data-testid="labor-week">
          <thead>
            <tr>
              <th scope="col">{t('labor.week.day')}</th>
              <th scope="col">{t('labor.week.hours')}</th>
              <th scope="col">{t('labor.week.regular')}</th>
              <th scope="col">{t('labor.week.overtime')}</th>
              <th scope="col">{t('labor.week.doubleTime')}</th>
            </tr>
          </thead>
          <tbody>
            {data.days.map((day) => {
              const overtime = day.overtimeHours + day.doubleTimeHours > 0
              return (
                <tr key={day.date} data-overtime={overtime ? 'true' : undefined}>
                  <th scope="row">
                    {formatDay(day.date, i18n.language)}
                    {day.seventhDay ? (
                      <span className="pill labor-pill" data-tone="warning">
                        {t('labor.week.seventhDay')}
                      </span>
                    ) : null}
                  </th>
                  <td>{hours(day.hours)}</td>
                  <td>{hours(day.regularHours)}</td>
                  <td>
                    {hours(day.overtimeHours)}
                    {overtime ? (
                      <span className="pill labor-pill" data-tone="danger">
                        {t('labor.week.overtimeFlag')}
                      </span>
                    ) : null}
                  </td>
                  <td>{hours(day.doubleTimeHours)}</td>
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('labor.week.total')}</th>
              <td>{hours(data.hours)}</td>
              <td>{hours(data.regularHours)}</td>
              <td>{hours(data.overtimeHours)}</td>
              <td>{hours(data.doubleTimeHours)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    )
  }

  return (
    <section className="card stack" aria-labelledby="labor-week-heading">
      <h2 id="labor-week-heading" className="card__heading">
        {t('labor.week.heading')}
      </h2>
      {body}
      <p className="meta">{t('labor.week.rules')}</p>
    </section>
  )
}
