import type { LayoutSnapshot } from '@growops/domain'
import { useTranslation } from 'react-i18next'
import { translateKey } from '../../../app/translate-key.ts'

/** A published snapshot as nested lists: buildings → rooms → tables and racks with their grids. */
export function VersionStructure({ snapshot }: { snapshot: LayoutSnapshot }) {
  const { t } = useTranslation()
  if (snapshot.buildings.length === 0)
    return <p className="muted">{t('layoutCollab.history.noBuildings')}</p>
  return (
    <ul className="version-tree">
      {snapshot.buildings.map((building) => (
        <li key={building.key}>
          {t('layoutCollab.history.buildingLine', { code: building.code, name: building.name })}
          {building.rooms.length === 0 ? (
            <p className="muted">{t('layoutCollab.history.noRooms')}</p>
          ) : (
            <ul>
              {building.rooms.map((room) => (
                <li key={room.key}>
                  {t('layoutCollab.history.roomLine', {
                    code: room.code,
                    name: room.name,
                    type: translateKey(t, `facility.roomTypes.${room.type}`, {
                      defaultValue: room.type,
                    }),
                  })}
                  {room.sections.length === 0 ? (
                    <p className="muted">{t('layoutCollab.history.noSections')}</p>
                  ) : (
                    <ul>
                      {room.sections.map((section) => (
                        <li key={section.key}>
                          {t('layoutCollab.history.sectionLine', {
                            code: section.code,
                            name: section.name,
                            size:
                              section.type === 'RACK' || section.type === 'HANGER'
                                ? t('facility.section.rackSize', {
                                    levels: section.rows,
                                    hangers: section.columns,
                                  })
                                : t('facility.section.tableSize', {
                                    rows: section.rows,
                                    columns: section.columns,
                                  }),
                          })}
                          {section.slotsPerPosition > 1
                            ? ` · ${t('layoutCollab.history.sectionSlots', { slots: section.slotsPerPosition })}`
                            : ''}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  )
}
