import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { useCurrentUser } from '../../auth/hooks/use-session.ts'
import { useLaborOptions } from '../hooks/use-labor-options.ts'
import { browserTimeZone, localToday, shiftLocalDate } from '../labor-format.ts'
import { EntryTable } from './entry-table.tsx'

interface Filters {
  from: string
  to: string
  userId: string
}

/** Everyone's entries for readers and owners (STAFF: their own), filtered, with corrections. */
export function EntriesPanel() {
  const { t, i18n } = useTranslation()
  const { organizationId, role } = useActiveOrganization()
  const me = useCurrentUser()
  const id = useId()
  const options = useLaborOptions()
  const today = localToday()
  const [draft, setDraft] = useState<Filters>({
    from: shiftLocalDate(today, -13),
    to: today,
    userId: '',
  })
  const [filters, setFilters] = useState<Filters>(draft)
  const entries = trpc.labor.entries.useQuery({
    organizationId,
    timeZone: browserTimeZone(),
    from: filters.from,
    to: filters.to,
    ...(filters.userId ? { userId: filters.userId } : {}),
  })
  const myId = me.user.id
  // OWNER corrects anyone's; STAFF their own; read roles none (LAB12).
  const canEdit = (entry: { user: { id: string } }) =>
    role === 'OWNER' || (role === 'STAFF' && entry.user.id === myId)

  function apply(event: FormEvent) {
    event.preventDefault()
    if (draft.from && draft.to && draft.from <= draft.to) setFilters(draft)
  }

  let body
  if (entries.isPending) body = <LoadingState label={t('labor.entries.loading')} />
  else if (entries.isError) body = <Alert>{translateApiError(i18n, entries.error)}</Alert>
  else if (entries.data.entries.length === 0) {
    body = (
      <EmptyState title={t('labor.entries.emptyTitle')} headingLevel={3}>
        <p>{t('labor.entries.emptyBody')}</p>
      </EmptyState>
    )
  } else {
    body = (
      <EntryTable entries={entries.data.entries} labelledBy={`${id}-heading`} canEdit={canEdit} />
    )
  }

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('labor.entries.heading')}</h2>
      <form className="form-row labor-filters" onSubmit={apply} noValidate>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-from`}>
            {t('labor.entries.from')}
          </label>
          <input
            id={`${id}-from`}
            type="date"
            className="ui-field__input"
            value={draft.from}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
          />
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-to`}>
            {t('labor.entries.to')}
          </label>
          <input
            id={`${id}-to`}
            type="date"
            className="ui-field__input"
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
          />
        </div>
        {role === 'STAFF' ? null : (
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-person`}>
              {t('labor.entries.person')}
            </label>
            <select
              id={`${id}-person`}
              className="ui-select"
              value={draft.userId}
              onChange={(event) => setDraft({ ...draft, userId: event.target.value })}
            >
              <option value="">{t('labor.entries.everyone')}</option>
              {(options.data?.people ?? []).map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="labor-filters__submit">
          <button type="submit" className="ui-button ui-button--secondary">
            {t('labor.entries.apply')}
          </button>
        </div>
      </form>
      {body}
    </section>
  )
}
