import { useTranslation } from 'react-i18next'
import { CELL_STATUS_COLOURS, type CellStatus } from '../canvas/overlay-state.ts'
import type { OccupancyOverlay } from '../hooks/use-occupancy-overlay.ts'

const STATUSES: CellStatus[] = ['E', 'O', 'R', 'D']

/** What the cell colours mean, and the batch colours in use. */
export function OccupancyLegend({ overlay }: { overlay: OccupancyOverlay }) {
  const { t } = useTranslation()
  return (
    <section className="layout-legend" aria-label={t('layout.occupancy.legend')}>
      <h2 className="layout-legend__heading">{t('layout.occupancy.legend')}</h2>
      {overlay.isError ? <p role="alert">{t('layout.occupancy.loadFailed')}</p> : null}
      <ul className="layout-legend__list">
        {STATUSES.map((s) => (
          <li key={s}>
            <span
              className="layout-legend__swatch"
              style={{ background: CELL_STATUS_COLOURS[s] }}
              aria-hidden="true"
            />
            {t(`layout.occupancy.${s}`)}
          </li>
        ))}
      </ul>
      {overlay.data && overlay.data.batches.length > 0 ? (
        <>
          <h3 className="layout-legend__heading">{t('layout.occupancy.batches')}</h3>
          <ul className="layout-legend__list">
            {overlay.data.batches.map((b) => (
              <li key={b.id}>
                <span
                  className="layout-legend__swatch"
                  style={{ background: b.colour }}
                  aria-hidden="true"
                />
                {b.code}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
