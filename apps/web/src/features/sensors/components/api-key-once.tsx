import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A new sensor's device API key, shown this once (only its hash is stored), with a copy button.
 * Focus moves here so keyboard and screen-reader users find it.
 */
export function ApiKeyOnce({
  code,
  apiKey,
  onDone,
}: {
  code: string
  apiKey: string
  onDone: () => void
}) {
  const { t } = useTranslation()
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null)
  useEffect(() => headingRef.current?.focus(), [])

  async function copy() {
    try {
      await navigator.clipboard.writeText(apiKey)
      setCopied('yes')
    } catch {
      setCopied('failed')
    }
  }

  return (
    <section className="api-key" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="api-key__heading">
        {t('sensors.key.heading', { code })}
      </h3>
      <p>{t('sensors.key.once')}</p>
      <p className="api-key__value">
        <code data-testid="sensor-api-key">{apiKey}</code>
      </p>
      <div className="row-actions">
        <button type="button" className="ui-button ui-button--primary" onClick={() => void copy()}>
          {t('sensors.key.copy')}
        </button>
        <button type="button" className="ui-button ui-button--secondary" onClick={onDone}>
          {t('sensors.key.done')}
        </button>
      </div>
      <p role="status" className="meta">
        {copied === 'yes'
          ? t('sensors.key.copied')
          : copied === 'failed'
            ? t('sensors.key.copyFailed')
            : null}
      </p>
    </section>
  )
}
