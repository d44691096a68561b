import type { DocumentVersionStatus, ExpiryStatus } from '@growops/domain'
import { useTranslation } from 'react-i18next'

const STATUS_TONE: Record<DocumentVersionStatus | 'ARCHIVED', string> = {
  DRAFT: 'muted',
  IN_REVIEW: 'warning',
  APPROVED: 'info',
  SUPERSEDED: 'muted',
  ARCHIVED: 'muted',
}

/** A version's status (or "archived") as a pill. */
export function StatusBadge({ status }: { status: DocumentVersionStatus | 'ARCHIVED' }) {
  const { t } = useTranslation()
  return (
    <span className="pill" data-tone={STATUS_TONE[status]} data-testid="status-badge">
      {t(`compliance.status.${status}`)}
    </span>
  )
}

const EXPIRY_TONE: Record<ExpiryStatus['state'], string> = {
  NO_EXPIRY: 'muted',
  VALID: 'muted',
  EXPIRING_90: 'info',
  EXPIRING_30: 'warning',
  EXPIRING_7: 'danger',
  EXPIRED: 'danger',
}

/** How close the version in force is to its expiry (CDOC9); nothing without an expiry date. */
export function ExpiryBadge({ expiry }: { expiry: ExpiryStatus }) {
  const { t } = useTranslation()
  if (expiry.state === 'NO_EXPIRY') return null
  const label =
    expiry.state === 'EXPIRED'
      ? t('compliance.expiry.EXPIRED')
      : t(`compliance.expiry.${expiry.state}`, { count: expiry.daysLeft ?? 0 })
  return (
    <span className="pill" data-tone={EXPIRY_TONE[expiry.state]} data-testid="expiry-badge">
      {label}
    </span>
  )
}
