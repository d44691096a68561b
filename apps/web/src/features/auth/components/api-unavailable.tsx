import { Spinner } from '@growops/ui'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useDocumentTitle } from '../../../app/use-document-title.ts'

export interface ApiUnavailableProps {
  retrying: boolean
  onRetry: () => void
}

/** Shown when `auth.me` gets no answer: say so plainly and offer a retry. */
export function ApiUnavailable({ retrying, onRetry }: ApiUnavailableProps) {
  const { t } = useTranslation()
  useDocumentTitle(t('common.apiUnavailable.title'))
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])

  return (
    <main id="main" className="page-centered">
      <section className="card card--narrow" aria-labelledby="api-unavailable-title">
        <h1 id="api-unavailable-title" ref={headingRef} tabIndex={-1}>
          {t('common.apiUnavailable.title')}
        </h1>
        <p>{t('common.apiUnavailable.body')}</p>
        <button
          type="button"
          className="ui-button ui-button--primary"
          aria-disabled={retrying}
          onClick={() => {
            if (!retrying) onRetry()
          }}
        >
          {retrying ? <Spinner size="small" /> : null}
          {t('common.retry')}
        </button>
      </section>
    </main>
  )
}
