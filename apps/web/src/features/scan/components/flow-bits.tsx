import { useTranslation } from 'react-i18next'
import { translateKey } from '../../../app/translate-key.ts'
import type { FlowNotice, FlowOutcome } from '../flows/flow-types.ts'

/** What the flow asks for next, as a large line. */
export function StepPrompt({ children }: { children: string }) {
  return <p className="scan-step">{children}</p>
}

/** A flow's warning ("that position holds …"); the feedback region announces scans already. */
export function NoticeLine({ notice }: { notice: FlowNotice | null }) {
  const { t } = useTranslation()
  if (!notice) return null
  return (
    <p className={`scan-notice scan-notice--${notice.tone}`}>
      {translateKey(t, `scan.${notice.key}`, notice.values)}
    </p>
  )
}

/** How the last action went: done, kept on the phone, or refused with the reason. */
export function OutcomeLine({ outcome, done }: { outcome: FlowOutcome | null; done: string }) {
  const { t } = useTranslation()
  if (!outcome) return null
  if (outcome.status === 'conflict') {
    return (
      <p className="scan-outcome scan-outcome--conflict" role="alert">
        {t('scan.outcome.conflict', { message: outcome.message })}
      </p>
    )
  }
  return (
    <p className={`scan-outcome scan-outcome--${outcome.status}`} role="status">
      {outcome.status === 'applied' ? done : t('scan.outcome.queued')}
    </p>
  )
}

/** A label: value line in the summaries. */
export function Fact({ label, value }: { label: string; value: string | null }) {
  return (
    <div className="scan-fact">
      <dt>{label}</dt>
      <dd>{value ?? '—'}</dd>
    </div>
  )
}
