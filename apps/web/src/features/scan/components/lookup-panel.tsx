import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateKey } from '../../../app/translate-key.ts'
import { trpc } from '../../../app/trpc.ts'
import type { ResolvedScan } from '../resolve-scan.ts'
import { Fact } from './flow-bits.tsx'

function PlantHistory({ plantId }: { plantId: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const history = trpc.plant.history.useQuery({ organizationId, plantId })
  if (!history.data) return null
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const rows = history.data.entries.slice(-5).reverse()
  return (
    <>
      <h3 className="scan-list__heading">{t('scan.lookup.history')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('scan.lookup.noHistory')}</p>
      ) : (
        <ul className="scan-list">
          {rows.map((row) => (
            <li key={row.id} className="scan-list__item">
              <span className="scan-list__main">{row.toAddress ?? t('scan.lookup.removed')}</span>
              <span className="scan-list__status">{date.format(new Date(row.movedAt))}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

/** Look up: what a scanned plant, position or batch is, and where. */
export function LookupPanel({ scan }: { scan: ResolvedScan | null }) {
  const { t } = useTranslation()
  if (!scan) return <p className="scan-step">{t('scan.lookup.prompt')}</p>
  const { plant, position, batch } = scan
  return (
    <div className="scan-flow stack" data-testid="lookup-result">
      {scan.offline ? (
        <p className="scan-notice scan-notice--warning">{t('scan.lookup.offline')}</p>
      ) : null}
      {plant ? (
        <>
          <h3 className="scan-result__title">{t('scan.lookup.plant', { tag: plant.tag })}</h3>
          <dl className="scan-facts">
            <Fact
              label={t('scan.lookup.status')}
              value={
                plant.status
                  ? translateKey(t, `scan.plantStatus.${plant.status}`, {
                      defaultValue: plant.status,
                    })
                  : null
              }
            />
            <Fact
              label={t('scan.lookup.position')}
              value={plant.address ?? t('scan.lookup.notPlaced')}
            />
            <Fact label={t('scan.lookup.batch')} value={plant.batchName} />
            <Fact label={t('scan.lookup.strain')} value={plant.strain} />
            <Fact
              label={t('scan.lookup.stage')}
              value={
                plant.stage ? t(`rooms.stages.${plant.stage}`, { defaultValue: plant.stage }) : null
              }
            />
            <Fact label={t('scan.lookup.openTasks')} value={t('scan.lookup.noTasks')} />
          </dl>
          {plant.id ? <PlantHistory plantId={plant.id} /> : null}
        </>
      ) : null}
      {position && !plant ? (
        <>
          <h3 className="scan-result__title">
            {t('scan.lookup.positionTitle', { address: position.address ?? '' })}
          </h3>
          <p>{t('scan.lookup.positionEmpty')}</p>
        </>
      ) : null}
      {batch ? (
        <>
          <h3 className="scan-result__title">
            {t('scan.lookup.batchTitle', { name: batch.name ?? '' })}
          </h3>
          <dl className="scan-facts">
            <Fact label={t('scan.lookup.strain')} value={batch.strain} />
            <Fact
              label={t('scan.lookup.stage')}
              value={
                batch.stage ? t(`rooms.stages.${batch.stage}`, { defaultValue: batch.stage }) : null
              }
            />
          </dl>
        </>
      ) : null}
      {!plant && !position && !batch ? <p>{t('scan.lookup.readOnly')}</p> : null}
      {scan.roomId ? (
        <Link className="ui-button ui-button--secondary scan-big" to={`/rooms/${scan.roomId}`}>
          {t('scan.lookup.openRoom')}
        </Link>
      ) : null}
    </div>
  )
}
