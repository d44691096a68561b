import { useTranslation } from 'react-i18next'

const TONE = { INFO: 'info', IMPORTANT: 'warning', URGENT: 'danger' } as const

export function PriorityPill({ priority }: { priority: keyof typeof TONE }) {
  const { t } = useTranslation()
  return (
    <span className="pill" data-tone={TONE[priority]}>
      {t(`announcements.priority.${priority}`)}
    </span>
  )
}
