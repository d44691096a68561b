import { canPerform } from '@growops/domain'
import { Alert, LoadingState } from '@growops/ui'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { AlertList } from '../../alerts/components/alert-list.tsx'
import { AnnouncementCard } from '../../announcements/components/announcement-card.tsx'
import { useUnacknowledgedAnnouncements } from '../../announcements/hooks/use-announcements.ts'
import { ShiftNoteItem } from '../../shift-notes/components/shift-note-item.tsx'
import { SensorTiles } from './sensor-tiles.tsx'

/** Environment, open alerts, announcements to acknowledge and the latest shift notes. */
export function FloorPanels({ propertyId }: { propertyId: string }) {
  return (
    <>
      <SensorTiles propertyId={propertyId} />
      <AlertsPanel propertyId={propertyId} />
      <AnnouncementsPanel />
      <ShiftNotesPanel propertyId={propertyId} />
    </>
  )
}

function AlertsPanel({ propertyId }: { propertyId: string }) {
  const { t } = useTranslation()
  const headingId = useId()
  return (
    <section className="card dash-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__heading">
        {t('alerts.dashboard.heading')}
      </h2>
      <AlertList propertyId={propertyId} status="ACTIVE" limit={5} />
      <p>
        <Link to={`/alerts?property=${propertyId}`} className="dash-more">
          {t('alerts.dashboard.all')}
        </Link>
      </p>
    </section>
  )
}

function AnnouncementsPanel() {
  const { t, i18n } = useTranslation()
  const { canWrite } = useActiveOrganization()
  const headingId = useId()
  const { query } = useUnacknowledgedAnnouncements()
  let body
  if (query.isPending) body = <LoadingState label={t('announcements.dashboard.loading')} />
  else if (query.isError) body = <Alert>{translateApiError(i18n, query.error)}</Alert>
  else if (query.data.length === 0)
    body = <p className="muted">{t('announcements.dashboard.none')}</p>
  else
    body = (
      <ul className="dash-list">
        {query.data.slice(0, 5).map((item) => (
          <AnnouncementCard key={item.id} announcement={item} manager={canWrite('COMMS')} />
        ))}
      </ul>
    )
  return (
    <section className="card dash-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__heading">
        {t('announcements.dashboard.heading')}
      </h2>
      {body}
      <p>
        <Link to="/announcements" className="dash-more">
          {t('announcements.dashboard.all')}
        </Link>
      </p>
    </section>
  )
}

function ShiftNotesPanel({ propertyId }: { propertyId: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId, role } = useActiveOrganization()
  const headingId = useId()
  const latest = trpc.shiftNote.list.useQuery({ organizationId, propertyId, limit: 5 })
  const open = trpc.shiftNote.list.useQuery({
    organizationId,
    propertyId,
    openOnly: true,
    limit: 200,
  })
  let body
  if (latest.isPending) body = <LoadingState label={t('shiftNotes.dashboard.loading')} />
  else if (latest.isError) body = <Alert>{translateApiError(i18n, latest.error)}</Alert>
  else if (latest.data.length === 0)
    body = <p className="muted">{t('shiftNotes.dashboard.none')}</p>
  else
    body = (
      <ul className="dash-list">
        {latest.data.map((note) => (
          <ShiftNoteItem
            key={note.id}
            note={note}
            canComplete={canPerform(role, 'write', 'COMMS', { own: true })}
          />
        ))}
      </ul>
    )
  const openCount = open.data?.length ?? 0
  return (
    <section className="card dash-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__heading">
        {t('shiftNotes.dashboard.heading')}
      </h2>
      {openCount > 0 ? (
        <p>
          <Link to={`/shift-notes?property=${propertyId}`} className="pill" data-tone="warning">
            {t('shiftNotes.dashboard.openFollowUps', { count: openCount })}
          </Link>
        </p>
      ) : null}
      {body}
      <p>
        <Link to={`/shift-notes?property=${propertyId}`} className="dash-more">
          {t('shiftNotes.dashboard.all')}
        </Link>
      </p>
    </section>
  )
}
