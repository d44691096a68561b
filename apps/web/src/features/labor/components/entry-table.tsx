import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RouterOutputs } from '../../../app/trpc.ts'
import { formatDateTime, formatHours, formatTime, minutesToHours } from '../labor-format.ts'
import { EntryEditForm } from './entry-edit-form.tsx'

type Entry = RouterOutputs['labor']['entries']['entries'][number]

/**
 * Time entries as a table, with "Correct" on the rows `canEdit` allows; the correction form
 * opens below the table. `compact` drops the person column (the time clock's own entries).
 */
export function EntryTable({
  entries,
  labelledBy,
  canEdit,
  compact = false,
}: {
  entries: readonly Entry[]
  labelledBy: string
  canEdit: (entry: Entry) => boolean
  compact?: boolean
}) {
  const { t, i18n } = useTranslation()
  const [editing, setEditing] = useState<string | null>(null)
  const chosen = entries.find((entry) => entry.id === editing) ?? null
  const time = (iso: string) =>
    compact ? formatTime(iso, i18n.language) : formatDateTime(iso, i18n.language)
  return (
    <>
      <div className="labor-table-wrap" role="region" aria-labelledby={labelledBy} tabIndex={0}>
        <table className="labor-table" data-testid="labor-entries">
          <thead>
            <tr>
              {compact ? null : <th scope="col">{t('labor.entries.columns.person')}</th>}
              <th scope="col">{t('labor.entries.columns.in')}</th>
              <th scope="col">{t('labor.entries.columns.out')}</th>
              <th scope="col">{t('labor.entries.columns.hours')}</th>
              <th scope="col">{t('labor.entries.columns.where')}</th>
              <th scope="col">{t('labor.entries.columns.note')}</th>
              <th scope="col">{t('labor.entries.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                {compact ? null : <th scope="row">{entry.user.name}</th>}
                <td>{time(entry.clockInAt)}</td>
                <td>
                  {entry.clockOutAt ? (
                    time(entry.clockOutAt)
                  ) : (
                    <span className="pill" data-tone="info">
                      {t('labor.entries.open')}
                    </span>
                  )}
                </td>
                <td>{formatHours(minutesToHours(entry.workedMinutes), i18n.language)}</td>
                <td>
                  {[
                    entry.room ? `${entry.room.buildingCode} · ${entry.room.code}` : null,
                    entry.task?.title,
                    entry.batch?.name,
                  ]
                    .filter(Boolean)
                    .join(' · ') || '—'}
                </td>
                <td>
                  {entry.note ?? ''}
                  {entry.editCount > 0 ? (
                    <span className="meta labor-edited">
                      {t('labor.entries.edited', { count: entry.editCount })}
                    </span>
                  ) : null}
                </td>
                <td>
                  {canEdit(entry) ? (
                    <button
                      type="button"
                      className="ui-button ui-button--secondary ui-button--small"
                      aria-expanded={editing === entry.id}
                      onClick={() => setEditing(editing === entry.id ? null : entry.id)}
                    >
                      {t('labor.entries.correct')}
                      <span className="ui-visually-hidden">
                        {` ${entry.user.name}, ${formatDateTime(entry.clockInAt, i18n.language)}`}
                      </span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chosen ? (
        <EntryEditForm key={chosen.id} entry={chosen} onClose={() => setEditing(null)} />
      ) : null}
    </>
  )
}
