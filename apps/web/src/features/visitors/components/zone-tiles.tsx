import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'

/**
 * Who is in each access zone now against its capacity ("1 of 5 visitors": the plural follows the
 * capacity); live (the page refetches on events).
 */
export function ZoneTiles({ propertyId }: { propertyId: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const zones = trpc.visitor.zones.useQuery({ organizationId, propertyId })
  if (zones.isPending) return <LoadingState label={t('visitors.zones.loading')} />
  if (zones.isError) return <Alert>{translateApiError(i18n, zones.error)}</Alert>
  if (zones.data.zones.length === 0) {
    return (
      <EmptyState title={t('visitors.zones.empty.title')} headingLevel={3}>
        <p>{t('visitors.zones.empty.body')}</p>
      </EmptyState>
    )
  }
  return (
    <>
      <ul className="visitor-tiles">
        {zones.data.zones.map((zone) => (
          <li key={zone.id} className="visitor-tile" data-testid="zone-tile" data-full={zone.full}>
            <h3 className="visitor-tile__title">{zone.name}</h3>
            <p className="visitor-tile__count">
              {zone.capacity === null
                ? t('visitors.zones.count', { count: zone.count })
                : t('visitors.zones.countOf', { inside: zone.count, count: zone.capacity })}
            </p>
            <p className="meta">
              {zone.full ? (
                <span className="pill" data-tone="danger">
                  {t('visitors.zones.full')}
                </span>
              ) : null}{' '}
              {zone.escortRequired ? t('visitors.zones.escort') : t('visitors.zones.noEscort')}
            </p>
          </li>
        ))}
      </ul>
      {zones.data.unzoned > 0 ? (
        <p className="meta">{t('visitors.zones.unzoned', { count: zones.data.unzoned })}</p>
      ) : null}
    </>
  )
}
