import { useEffect } from 'react'
import { markScanShown } from '../scan-timings.ts'

export interface ScanFeedback {
  seq: number
  startedAt: number
  tone: 'ok' | 'error'
  message: string
}

/**
 * What the last scan was, shown big and announced (one polite live region, always mounted).
 * Its first paint after a scan is the "confirmation shown" moment that is measured.
 */
export function ScanFeedbackRegion({ feedback }: { feedback: ScanFeedback | null }) {
  const seq = feedback?.seq ?? 0
  const startedAt = feedback?.startedAt ?? 0
  useEffect(() => {
    if (seq === 0) return
    const frame = requestAnimationFrame(() => markScanShown(seq, startedAt))
    return () => cancelAnimationFrame(frame)
  }, [seq, startedAt])
  return (
    <div
      className={`scan-feedback scan-feedback--${feedback?.tone ?? 'idle'}`}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="scan-feedback"
      data-scan-seq={seq}
    >
      {feedback?.message ?? ''}
    </div>
  )
}
