import { canPerform } from '@growops/domain'
import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { PropertyPicker } from '../dashboard/components/property-picker.tsx'
import { HandoffPanel } from './components/handoff-panel.tsx'
import { ShiftNoteForm } from './components/shift-note-form.tsx'
import { ShiftNoteList } from './components/shift-note-list.tsx'

/** `/shift-notes`: the handoff first, then writing a note, then every note with filters. */
export function ShiftNotesPage() {
  const { t, i18n } = useTranslation()
  const { organizationId, organizationName, role } = useActiveOrganization()
  const [searchParams, setSearchParams] = useSearchParams()
  const formId = useId()
  useDocumentTitle(t('shiftNotes.pageTitle'))
  const properties = trpc.property.list.useQuery({ organizationId })
  // COMMS FULL and LIMITED write notes and complete follow-ups; READ (accountant) reads (COMM9).
  const canWrite = canPerform(role, 'write', 'COMMS', { own: true })

  let body
  if (properties.isPending) body = <LoadingState label={t('shiftNotes.loading')} />
  else if (properties.isError) body = <Alert>{translateApiError(i18n, properties.error)}</Alert>
  else {
    const chosen = searchParams.get('property')
    const property = properties.data.find((item) => item.id === chosen) ?? properties.data[0]
    body = property ? (
      <>
        <PropertyPicker
          properties={properties.data}
          value={property.id}
          onChange={(propertyId) => setSearchParams({ property: propertyId }, { replace: true })}
        />
        <HandoffPanel propertyId={property.id} canWrite={canWrite} />
        {canWrite ? (
          <section className="card stack" aria-labelledby={formId}>
            <h2 id={formId} className="card__heading">
              {t('shiftNotes.form.heading')}
            </h2>
            <ShiftNoteForm key={property.id} propertyId={property.id} />
          </section>
        ) : null}
        <ShiftNoteList key={`list-${property.id}`} propertyId={property.id} canWrite={canWrite} />
      </>
    ) : (
      <EmptyState title={t('dashboard.noProperty.title')}>
        <p>{t('dashboard.noProperty.body', { organization: organizationName })}</p>
      </EmptyState>
    )
  }

  return (
    <div className="page stack">
      <div>
        <h1>{t('shiftNotes.heading')}</h1>
        <p className="muted">{t('shiftNotes.intro')}</p>
      </div>
      {body}
    </div>
  )
}
