import { useTranslation } from 'react-i18next'

export function RetryButton({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation()
  return (
    <div>
      <button type="button" className="ui-button ui-button--secondary" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  )
}
