import { OccupancyBar, type OccupancyCounts } from '@growops/ui'
import { useTranslation } from 'react-i18next'

/** OccupancyBar with translated words: the figures are always there as text. */
export function RoomOccupancy({ counts }: { counts: OccupancyCounts }) {
  const { t } = useTranslation()
  const percent = counts.total > 0 ? Math.round((counts.occupied / counts.total) * 100) : 0
  return (
    <OccupancyBar
      counts={counts}
      labels={{
        occupied: t('rooms.status.OCCUPIED'),
        reserved: t('rooms.status.RESERVED'),
        damaged: t('rooms.status.DAMAGED'),
        empty: t('rooms.status.EMPTY'),
      }}
      summary={
        counts.total > 0
          ? t('facility.occupancy.summary', {
              occupied: counts.occupied,
              total: counts.total,
              percent,
            })
          : t('facility.occupancy.noPositions')
      }
    />
  )
}
