import { Alert } from '@growops/ui'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateKey } from '../../../app/translate-key.ts'
import { trpc } from '../../../app/trpc.ts'
import { positionLabel } from '../flows/flow-types.ts'
import type { useAuditFlow } from '../hooks/use-audit-flow.ts'
import { AuditReport } from './audit-report.tsx'
import { AuditRoomPicker } from './audit-room-picker.tsx'
import { NoticeLine, StepPrompt } from './flow-bits.tsx'

type AuditFlow = ReturnType<typeof useAuditFlow>

function WalkInProgress({ flow, walkId }: { flow: AuditFlow; walkId: string }) {
  const { t } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const detail = trpc.auditWalk.get.useQuery({ organizationId, walkId })
  const { state } = flow
  const walk = detail.data?.walk
  const comparison = detail.data?.comparison
  if (walk?.status === 'COMPLETED' && comparison) {
    return <AuditReport walkId={walkId} comparison={comparison} onNewWalk={flow.reset} />
  }
  return (
    <div className="stack">
      {walk ? (
        <h3 className="scan-result__title">
          {t('scan.audit.walking', { room: walk.room.addressPrefix })}
        </h3>
      ) : null}
      <StepPrompt>
        {state.atPosition
          ? t('scan.audit.atPosition', { address: positionLabel(state.atPosition) })
          : t('scan.audit.prompt')}
      </StepPrompt>
      <NoticeLine notice={state.notice} />
      {state.atPosition ? (
        <button
          type="button"
          className="ui-button ui-button--secondary scan-big"
          onClick={flow.markEmpty}
        >
          {t('scan.audit.markEmpty')}
        </button>
      ) : null}
      {comparison ? (
        <>
          <p className="scan-summary" data-testid="audit-counts">
            {t('scan.audit.counts', {
              scanned: comparison.counts.scannedPositions,
              expected: comparison.counts.expected,
              matched: comparison.counts.matched,
              missing: comparison.counts.missing,
              unexpected: comparison.counts.unexpected,
              wrongPosition: comparison.counts.wrongPosition,
            })}
          </p>
          <h4 className="scan-list__heading">{t('scan.audit.expectedVsFound')}</h4>
          <ul className="scan-list">
            {comparison.positions.map((row) => (
              <li
                key={row.positionId}
                className={`scan-list__item scan-list__item--${row.verdict === 'MATCH' || row.verdict === 'EMPTY' ? 'applied' : 'conflict'}`}
              >
                <span className="scan-list__main">{row.address}</span>
                <span className="scan-list__status">
                  {translateKey(t, `scan.audit.verdict.${row.verdict}`, {
                    defaultValue: row.verdict,
                  })}
                </span>
                <span className="scan-list__detail">
                  {t('scan.audit.expectedFound', {
                    expected: row.expectedTag ?? t('scan.audit.nothing'),
                    found: row.foundTag ?? t('scan.audit.nothing'),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {state.log.length > 0 ? (
        <>
          <h4 className="scan-list__heading">
            {t('scan.audit.scansHeading', { count: state.log.length })}
          </h4>
          <ul className="scan-list">
            {state.log.slice(0, 10).map((entry) => (
              <li key={entry.key} className={`scan-list__item scan-list__item--${entry.status}`}>
                <span className="scan-list__main">{entry.label}</span>
                <span className="scan-list__status">{t(`scan.status.${entry.status}`)}</span>
                {entry.message ? <span className="scan-list__message">{entry.message}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="muted">{t('scan.audit.completeHint')}</p>
      <button
        type="button"
        className="ui-button ui-button--primary scan-big"
        aria-disabled={flow.completing || undefined}
        onClick={() => {
          if (!flow.completing) void flow.complete()
        }}
      >
        {flow.completing ? t('scan.audit.completing') : t('scan.audit.complete')}
      </button>
    </div>
  )
}

/** Audit walk: pick a room, scan positions and the plants found, complete → report. */
export function AuditPanel({ flow }: { flow: AuditFlow }) {
  const walkId = flow.state.walkId
  return (
    <div className="scan-flow stack" data-testid="audit-flow">
      {walkId ? (
        <WalkInProgress flow={flow} walkId={walkId} />
      ) : (
        <AuditRoomPicker
          starting={flow.starting}
          onStart={(roomId) => void flow.start(roomId)}
          onResume={flow.resume}
        />
      )}
      <div className="ui-visually-hidden">
        <Alert>{flow.error}</Alert>
      </div>
      {flow.error ? <p className="scan-notice scan-notice--warning">{flow.error}</p> : null}
    </div>
  )
}
