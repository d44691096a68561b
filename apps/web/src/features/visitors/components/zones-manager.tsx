import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { NEW_ZONE, ZoneForm, type ZoneDraft } from './zone-form.tsx'

/** The property's zones with their rooms; managers add, edit and delete them. */
export function ZonesManager({
  propertyId,
  canManage,
}: {
  propertyId: string
  canManage: boolean
}) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const utils = trpc.useUtils()
  const zones = trpc.visitor.zones.useQuery({ organizationId, propertyId })
  const remove = trpc.visitor.removeZone.useMutation({
    onSettled: () => utils.visitor.zones.invalidate(),
  })
  const [editing, setEditing] = useState<ZoneDraft | null>(null)

  if (zones.isPending) return <LoadingState label={t('visitors.zones.loading')} />
  if (zones.isError) return <Alert>{translateApiError(i18n, zones.error)}</Alert>
  return (
    <div className="stack">
      {zones.data.zones.length === 0 ? (
        <EmptyState title={t('visitors.zones.empty.title')} headingLevel={3}>
          <p>{t('visitors.zones.empty.body')}</p>
        </EmptyState>
      ) : (
        <ul className="dash-list">
          {zones.data.zones.map((zone) => (
            <li key={zone.id} className="dash-list__item">
              <h3 className="visitor-row__name">
                {zone.name} <span className="meta">({zone.code})</span>
              </h3>
              <p className="meta">
                {zone.capacity === null
                  ? t('visitors.zones.noLimit')
                  : t('visitors.zones.capacity', { count: zone.capacity })}{' '}
                · {zone.escortRequired ? t('visitors.zones.escort') : t('visitors.zones.noEscort')}
              </p>
              <p className="meta">
                {zone.rooms.length === 0
                  ? t('visitors.zones.noRooms')
                  : zone.rooms.map((room) => `${room.buildingCode} · ${room.code}`).join(', ')}
              </p>
              {canManage ? (
                <div className="row-actions">
                  <button
                    type="button"
                    className="ui-button ui-button--secondary ui-button--small"
                    onClick={() =>
                      setEditing({
                        id: zone.id,
                        code: zone.code,
                        name: zone.name,
                        capacity: zone.capacity === null ? '' : String(zone.capacity),
                        escortRequired: zone.escortRequired,
                        roomIds: zone.rooms.map((room) => room.id),
                      })
                    }
                  >
                    {t('visitors.zones.edit')}
                    <span className="ui-visually-hidden"> {zone.name}</span>
                  </button>
                  <button
                    type="button"
                    className="ui-button ui-button--secondary ui-button--small"
                    onClick={() => {
                      if (window.confirm(t('visitors.zones.confirmDelete', { name: zone.name }))) {
                        remove.mutate({ organizationId, zoneId: zone.id })
                      }
                    }}
                  >
                    {t('visitors.zones.delete')}
                    <span className="ui-visually-hidden"> {zone.name}</span>
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Alert>{remove.isError ? translateApiError(i18n, remove.error) : null}</Alert>
      {canManage ? (
        editing ? (
          <section
            className="card stack"
            aria-label={t(editing.id ? 'visitors.zones.editHeading' : 'visitors.zones.newHeading')}
          >
            <h3 className="card__heading">
              {t(editing.id ? 'visitors.zones.editHeading' : 'visitors.zones.newHeading')}
            </h3>
            <ZoneForm
              key={editing.id ?? 'new'}
              propertyId={propertyId}
              draft={editing}
              onDone={() => setEditing(null)}
            />
          </section>
        ) : (
          <div>
            <button
              type="button"
              className="ui-button ui-button--primary"
              onClick={() => setEditing(NEW_ZONE)}
            >
              {t('visitors.zones.add')}
            </button>
          </div>
        )
      ) : null}
    </div>
  )
}
