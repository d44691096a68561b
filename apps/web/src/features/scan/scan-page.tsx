// /scan: the phone screen for the grow floor. One scanner (camera or typed entry) feeds the
// flow picked above it: look up, move, quick place, harvest, audit walk. Every change goes
// through the offline queue, so scans made without a signal are kept and sent later.
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { translateApiError } from '../../app/api-errors.ts'
import { trpc } from '../../app/trpc.ts'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { AuditPanel } from './components/audit-panel.tsx'
import { CameraPanel } from './components/camera-panel.tsx'
import { HarvestPanel } from './components/harvest-panel.tsx'
import { LookupPanel } from './components/lookup-panel.tsx'
import { ManualEntry } from './components/manual-entry.tsx'
import { ModePicker } from './components/mode-picker.tsx'
import { MovePanel } from './components/move-panel.tsx'
import { PlacePanel } from './components/place-panel.tsx'
import { ScanFeedbackRegion, type ScanFeedback } from './components/scan-feedback-region.tsx'
import { useAuditFlow } from './hooks/use-audit-flow.ts'
import { useCameraScanner } from './hooks/use-camera-scanner.ts'
import { useHarvestFlow } from './hooks/use-harvest-flow.ts'
import { useMoveFlow } from './hooks/use-move-flow.ts'
import { usePlaceFlow } from './hooks/use-place-flow.ts'
import { OfflineQueuePanel } from './offline/index.ts'
import { describeReadError } from './read-error.ts'
import { resolveScan, type ResolvedScan } from './resolve-scan.ts'
import { createScanDeduper } from './scan-dedupe.ts'
import { signalScan } from './scan-feedback.ts'
import { readScanMode, scanModesFor, type ScanMode } from './scan-modes.ts'
import { describeTarget, readScan } from './scan-target.ts'
import { markScanDecoded } from './scan-timings.ts'
import '../../styles/scan.css'

/** The name the api gave what was scanned (address, batch name), when it answered. */
function describeScan(resolved: ResolvedScan): string | null {
  const { flow } = resolved
  if (flow.kind === 'position') return flow.position.address
  if (flow.kind === 'batch') return flow.batch.name
  if (flow.kind === 'other') return resolved.offline ? null : flow.label
  return flow.plant.tag
}

export function ScanPage() {
  const { t, i18n } = useTranslation()
  useDocumentTitle(t('scan.title'))
  const { organizationId, role } = useActiveOrganization()
  const utils = trpc.useUtils()
  const [searchParams, setSearchParams] = useSearchParams()
  const modes = scanModesFor(role)
  const mode = readScanMode(searchParams.get('mode'), modes)
  const flows = {
    move: useMoveFlow(),
    harvest: useHarvestFlow(),
    place: usePlaceFlow(),
    audit: useAuditFlow(),
  }
  const [lookup, setLookup] = useState<ResolvedScan | null>(null)
  const [feedback, setFeedback] = useState<ScanFeedback | null>(null)
  const seq = useRef(0)
  const panelHeadingId = useId()
  const deduper = useRef(createScanDeduper())

  const dispatchScan = (resolved: ResolvedScan, text: string) => {
    if (mode === 'lookup') setLookup(resolved)
    else if (mode === 'audit') flows.audit.onScan(resolved.flow, text)
    else flows[mode].onScan(resolved.flow)
  }

  const processText = async (text: string, current: number, startedAt: number) => {
    const read = readScan(text)
    if (!read.ok) {
      signalScan('error')
      setFeedback({
        seq: current,
        startedAt,
        tone: 'error',
        message: describeReadError(t, read.error, read.text),
      })
      return
    }
    signalScan('ok')
    try {
      const resolved = await resolveScan(utils.client, organizationId, read.text, read.target)
      dispatchScan(resolved, read.text)
      const what = describeScan(resolved) ?? describeTarget(read.target)
      setFeedback({
        seq: current,
        startedAt,
        tone: 'ok',
        message: resolved.offline
          ? t('scan.feedback.offline', { what })
          : t(`scan.feedback.${read.target.kind}`, { what }),
      })
    } catch (error) {
      setFeedback({
        seq: current,
        startedAt,
        tone: 'error',
        message: translateApiError(i18n, error),
      })
    }
  }

  // Scans are handled one after another in the order they were read: a position and the plant
  // scanned right after it must reach the flow in that order, whichever api answer comes first.
  const pending = useRef<Promise<void>>(Promise.resolve())
  const handleText = (text: string) => {
    const current = ++seq.current
    const startedAt = markScanDecoded(current)
    pending.current = pending.current
      .then(() => processText(text, current, startedAt))
      .catch(() => undefined)
  }

  const { videoRef, ...camera } = useCameraScanner((text) => {
    if (deduper.current.accept(text, performance.now())) handleText(text)
  })

  // A label opened with the phone's own camera app lands on /q/…, which sends plants here as
  // ?code=<label>: look it up once, then drop it from the address so a reload does not repeat it.
  const linkedCode = searchParams.get('code')
  const linkedHandled = useRef(false)
  useEffect(() => {
    if (linkedCode === null || linkedHandled.current) return
    linkedHandled.current = true
    handleText(linkedCode)
    setSearchParams(
      (params) => {
        params.delete('code')
        return params
      },
      { replace: true },
    )
  })

  const changeMode = (next: ScanMode) => {
    deduper.current.reset()
    setSearchParams(
      (params) => {
        params.set('mode', next)
        return params
      },
      { replace: true },
    )
  }

  return (
    <div className="page scan-page">
      <h1 className="scan-page__title">{t('scan.title')}</h1>
      <ModePicker mode={mode} modes={modes} onChange={changeMode} />
      <CameraPanel videoRef={videoRef} camera={camera} />
      <ScanFeedbackRegion feedback={feedback} />
      <ManualEntry onSubmit={handleText} />
      <section className="card scan-panel" aria-labelledby={panelHeadingId}>
        <h2 id={panelHeadingId} className="scan-panel__title">
          {t(`scan.modes.${mode}`)}
        </h2>
        {mode === 'lookup' ? <LookupPanel scan={lookup} /> : null}
        {mode === 'move' ? <MovePanel flow={flows.move} /> : null}
        {mode === 'place' ? <PlacePanel flow={flows.place} /> : null}
        {mode === 'harvest' ? <HarvestPanel flow={flows.harvest} /> : null}
        {mode === 'audit' ? <AuditPanel flow={flows.audit} /> : null}
      </section>
      <OfflineQueuePanel />
    </div>
  )
}
