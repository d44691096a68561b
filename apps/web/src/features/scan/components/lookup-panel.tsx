import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { translateKey } from '../../../app/translate-key.ts'
import type { ResolvedScan } from '../resolve-scan.ts'
import { Fact } from './flow-bits.tsx'

type Resolution = NonNullable<ResolvedScan['resolution']>

function PlantDetails({ found }: { found: Extract<Resolution, { kind: 'plant' }> }) {
  const { t, i18n } = useTranslation()
  const { plant, position, history } = found
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <>
      <h3 className="scan-result__title">{t('scan.lookup.plant', { tag: plant.tagNumber })}</h3>
      <dl className="scan-facts">
        <Fact
          label={t('scan.lookup.status')}
          value={translateKey(t, `scan.plantStatus.${plant.status}`, {
            defaultValue: plant.status,
          })}
        />
        <Fact
          label={t('scan.lookup.position')}
          value={position?.address ?? t('scan.lookup.notPlaced')}
        />
        <Fact label={t('scan.lookup.batch')} value={plant.batch.name} />
        <Fact label={t('scan.lookup.strain')} value={plant.batch.strain} />
        <Fact label={t('scan.lookup.stage')} value={t(`rooms.stages.${plant.batch.stage}`)} />
        <Fact
          label={t('scan.lookup.openTasks')}
          value={
            found.openTasks.length === 0 ? t('scan.lookup.noTasks') : String(found.openTasks.length)
          }
        />
      </dl>
      <h4 className="scan-list__heading">{t('scan.lookup.history')}</h4>
      {history.length === 0 ? (
        <p className="muted">{t('scan.lookup.noHistory')}</p>
      ) : (
        <ul className="scan-list">
          {history.map((row) => (
            <li key={`${row.movedAt}-${row.toAddress ?? ''}`} className="scan-list__item">
              <span className="scan-list__main">{row.toAddress ?? t('scan.lookup.removed')}</span>
              <span className="scan-list__status">{date.format(new Date(row.movedAt))}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

function OtherDetails({ found }: { found: Exclude<Resolution, { kind: 'plant' }> }) {
  const { t } = useTranslation()
  switch (found.kind) {
    case 'position':
      return (
        <>
          <h3 className="scan-result__title">
            {t('scan.lookup.positionTitle', { address: found.position.address })}
          </h3>
          <p>
            {found.plant
              ? t('scan.lookup.positionHolds', {
                  tag: found.plant.tagNumber,
                  batch: found.plant.batch.name,
                })
              : found.plantHidden
                ? t('scan.lookup.positionHidden')
                : t('scan.lookup.positionEmpty')}
          </p>
        </>
      )
    case 'batch':
      return (
        <>
          <h3 className="scan-result__title">
            {t('scan.lookup.batchTitle', { name: found.batch.name })}
          </h3>
          <dl className="scan-facts">
            <Fact label={t('scan.lookup.strain')} value={found.batch.strain} />
            <Fact label={t('scan.lookup.stage')} value={t(`rooms.stages.${found.batch.stage}`)} />
            <Fact
              label={t('scan.lookup.plants')}
              value={t('scan.lookup.plantCounts', {
                active: found.counts.active,
                placed: found.counts.placed,
                harvested: found.counts.harvested,
              })}
            />
          </dl>
          <Link
            className="ui-button ui-button--secondary scan-big"
            to={`/harvest?${new URLSearchParams({ batch: found.batch.id }).toString()}`}
          >
            {t('scan.lookup.batchYield')}
          </Link>
        </>
      )
    case 'section':
    case 'room': {
      const prefix = found.kind === 'room' ? found.room.addressPrefix : found.section.addressPrefix
      return (
        <>
          <h3 className="scan-result__title">{prefix}</h3>
          <p>
            {t('scan.lookup.occupancy', {
              occupied: found.occupancy.occupied,
              total: found.occupancy.total,
            })}
          </p>
        </>
      )
    }
  }
}

/** Look up: what a scanned plant, position, section, room or batch is, and where. */
export function LookupPanel({ scan }: { scan: ResolvedScan | null }) {
  const { t } = useTranslation()
  if (!scan) return <p className="scan-step">{t('scan.lookup.prompt')}</p>
  const found = scan.resolution
  return (
    <div className="scan-flow stack" data-testid="lookup-result">
      {scan.offline || !found ? (
        <p className="scan-notice scan-notice--warning">{t('scan.lookup.offline')}</p>
      ) : found.kind === 'plant' ? (
        <PlantDetails found={found} />
      ) : (
        <OtherDetails found={found} />
      )}
      {scan.roomId ? (
        <Link className="ui-button ui-button--secondary scan-big" to={`/rooms/${scan.roomId}`}>
          {t('scan.lookup.openRoom')}
        </Link>
      ) : null}
    </div>
  )
}
