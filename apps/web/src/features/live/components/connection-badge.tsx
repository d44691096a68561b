import { useTranslation } from 'react-i18next'
import { useActiveOrganizationOrNull } from '../../../app/active-organization.tsx'
import { useLiveState } from '../hooks/use-live.ts'

/**
 * Whether this screen is receiving live updates. A polite status region that stays mounted,
 * so a change ("Reconnecting…") is announced; the dot's colour is decoration, the words say it
 * (on phones the words are visually hidden but still read).
 */
export function ConnectionBadge() {
  const { t } = useTranslation()
  const state = useLiveState()
  const member = useActiveOrganizationOrNull() !== null
  // Without a membership there is nothing to be live about.
  if (!member) return null
  return (
    <p
      className="live-badge"
      data-state={state}
      role="status"
      title={t(`live.state.${state}.hint`)}
    >
      <span className="live-badge__dot" aria-hidden="true" />
      <span className="live-badge__text">{t(`live.state.${state}.label`)}</span>
    </p>
  )
}
