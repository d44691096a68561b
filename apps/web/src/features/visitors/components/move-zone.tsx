import { Alert } from '@growops/ui'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import type { Visit } from './visit-list.tsx'

/** Moves a visitor on site into another zone of their visit. */
export function MoveZone({ visit }: { visit: Visit }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const utils = trpc.useUtils()
  const others = visit.zones.filter((zone) => zone.id !== visit.currentZone?.id)
  const [zoneId, setZoneId] = useState(others[0]?.id ?? '')
  const move = trpc.visitor.moveToZone.useMutation({ onSettled: () => utils.visitor.invalidate() })
  if (others.length === 0) return <p className="meta">{t('visitors.move.none')}</p>
  const chosen = others.some((zone) => zone.id === zoneId) ? zoneId : (others[0]?.id ?? '')
  return (
    <div className="stack">
      <div className="form-row visitor-move">
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={id}>
            {t('visitors.move.label')}
          </label>
          <select
            id={id}
            className="ui-select"
            value={chosen}
            onChange={(e) => setZoneId(e.target.value)}
          >
            {others.map((zone) => (
              <option key={zone.id} value={zone.id}>
                {zone.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button
            type="button"
            className="ui-button ui-button--secondary"
            aria-disabled={move.isPending}
            onClick={() => {
              if (!move.isPending)
                move.mutate({ organizationId, visitId: visit.id, zoneId: chosen })
            }}
          >
            {t('visitors.move.submit')}
          </button>
        </div>
      </div>
      <Alert>{move.isError ? translateApiError(i18n, move.error) : null}</Alert>
    </div>
  )
}
