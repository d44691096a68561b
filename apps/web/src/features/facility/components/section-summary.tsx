import { useTranslation } from 'react-i18next'
import { translateKey } from '../../../app/translate-key.ts'
import type { FacilitySection } from '../facility-types.ts'

/** "LEFT · Left table" and "Table, 6 rows × 8 columns, 48 positions". */
export function SectionSummary({ section }: { section: FacilitySection }) {
  const { t } = useTranslation()
  const size =
    section.form === 'rack'
      ? t('facility.section.rackSize', { levels: section.rowCount, hangers: section.columnCount })
      : t('facility.section.tableSize', { rows: section.rowCount, columns: section.columnCount })
  return (
    <>
      <span className="facility-item__title">
        {t('facility.codeAndName', { code: section.code, name: section.name })}
      </span>
      <span className="facility-item__meta">
        {t('facility.section.details', {
          type: translateKey(t, `facility.sectionTypes.${section.type}`, {
            defaultValue: section.type,
          }),
          size,
          positions: t('facility.section.positions', { count: section.positionCount }),
        })}
      </span>
    </>
  )
}
