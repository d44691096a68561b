import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { usePendingAcknowledgements } from '../hooks/use-documents.ts'
import { PendingAcknowledgements } from './pending-acknowledgements.tsx'
import '../compliance.css'

/** The dashboard's card of documents I still have to acknowledge; nothing when there are none. */
export function DocumentsToAcknowledgeCard() {
  const { t } = useTranslation()
  const headingId = useId()
  const pending = usePendingAcknowledgements()
  if (!pending.data || pending.data.length === 0) return null
  return (
    <section className="card dash-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__heading">
        {t('compliance.dashboard.heading')}
      </h2>
      <PendingAcknowledgements limit={3} />
      <p>
        <Link to="/documents" className="dash-more">
          {t('compliance.pending.all')}
        </Link>
      </p>
    </section>
  )
}
