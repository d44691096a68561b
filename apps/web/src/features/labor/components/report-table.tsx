import { useTranslation } from 'react-i18next'
import type { RouterOutputs } from '../../../app/trpc.ts'
import { formatCentsPerGram, formatDay, formatHours, formatMoney } from '../labor-format.ts'

type Report = RouterOutputs['labor']['report']
type Row = Report['rows'][number]

/** The report's rows and totals; overtime rows flagged; cost per gram for batches (LAB10). */
export function ReportTable({ report, labelledBy }: { report: Report; labelledBy: string }) {
  const { t, i18n } = useTranslation()
  const hours = (value: number) => formatHours(value, i18n.language)
  const batches = report.groupBy === 'batch'
  const nameOf = (row: Row) => {
    if (row.key === null) return t(`labor.report.none.${report.groupBy}`)
    if (report.groupBy === 'period') {
      return report.period === 'month' ? row.key : formatDay(row.key, i18n.language)
    }
    return row.name ?? row.key
  }
  const cells = (row: Report['totals'], total = false) => (
    <>
      <td>{hours(row.hours)}</td>
      <td>{hours(row.regularHours)}</td>
      <td>
        {hours(row.overtimeHours)}
        {row.overtime ? (
          <span className="pill labor-pill" data-tone="danger">
            {t('labor.week.overtimeFlag')}
          </span>
        ) : null}
      </td>
      <td>{hours(row.doubleTimeHours)}</td>
      <td>{formatMoney(row.costCents, i18n.language)}</td>
      <td>{row.noRateHours > 0 ? hours(row.noRateHours) : '—'}</td>
      {batches ? (
        <td>
          {row.costPerGramCents === null
            ? total
              ? '—'
              : t('labor.report.noDryWeight')
            : t('labor.report.perGram', {
                amount: formatCentsPerGram(row.costPerGramCents, i18n.language),
              })}
        </td>
      ) : null}
    </>
  )
  return (
    <div className="labor-table-wrap" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="labor-table" data-testid="labor-report">
        <thead>
          <tr>
            <th scope="col">{t(`labor.report.groupByOptions.${report.groupBy}`)}</th>
            <th scope="col">{t('labor.report.columns.hours')}</th>
            <th scope="col">{t('labor.report.columns.regular')}</th>
            <th scope="col">{t('labor.report.columns.overtime')}</th>
            <th scope="col">{t('labor.report.columns.doubleTime')}</th>
            <th scope="col">{t('labor.report.columns.cost')}</th>
            <th scope="col">{t('labor.report.columns.noRate')}</th>
            {batches ? <th scope="col">{t('labor.report.columns.costPerGram')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.key ?? 'none'} data-overtime={row.overtime ? 'true' : undefined}>
              <th scope="row">{nameOf(row)}</th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('labor.report.total')}</th>
            {cells(report.totals, true)}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
