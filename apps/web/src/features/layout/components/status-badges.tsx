// Connection and save state, and "View only" for viewers: announced politely on change.
import { useTranslation } from 'react-i18next'
import type { LayoutConnectionState } from '../sync/layout-connection.ts'

export function StatusBadges({
  state,
  readOnly,
}: {
  state: LayoutConnectionState | null
  readOnly: boolean
}) {
  const { t } = useTranslation()
  const connection = state?.connection ?? 'connecting'
  return (
    <div className="layout-status" role="status" aria-label={t('layout.status.label')}>
      <span className={`layout-badge layout-badge--${connection}`}>
        {t(`layout.status.connection.${connection}`)}
      </span>
      {state && !readOnly ? (
        <span className={`layout-badge layout-badge--save-${state.save}`}>
          {t(`layout.status.save.${state.save}`)}
        </span>
      ) : null}
      {readOnly ? (
        <span className="layout-badge layout-badge--readonly">{t('layout.status.viewOnly')}</span>
      ) : null}
    </div>
  )
}
