import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import { auditReducer, initialAuditState, type AuditState } from '../flows/audit-flow.ts'
import type { FlowScan } from '../flows/flow-types.ts'
import { submitForFlow } from './submit-outcome.ts'
import { useFlowMachine } from './use-flow-machine.ts'

/**
 * An audit walk: started online, then every scan goes to `auditWalk.scan` through the offline
 * queue (a walk through a basement with no signal is replayed in order later); expected vs
 * found comes from `auditWalk.get`, refreshed after each scan the api has recorded.
 */
export function useAuditFlow() {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const utils = trpc.useUtils()
  const [state, apply] = useFlowMachine(auditReducer, initialAuditState)
  const [error, setError] = useState<string | null>(null)
  const startWalk = trpc.auditWalk.start.useMutation()
  const completeWalk = trpc.auditWalk.complete.useMutation()

  const send = (next: AuditState) => {
    const walkId = next.walkId
    if (!walkId) return
    for (const entry of next.log.filter((item) => item.status === 'new')) {
      apply({ type: 'sending', key: entry.key })
      const label = t('scan.audit.actionLabel', { what: entry.label })
      void submitForFlow(
        {
          type: 'auditScan',
          input: { organizationId, walkId, text: entry.text },
          label,
        },
        t,
      ).then((outcome) => {
        apply({ type: 'submitted', key: entry.key, outcome })
        if (outcome.status === 'applied') void utils.auditWalk.get.invalidate({ walkId })
      })
    }
  }

  const start = async (roomId: string) => {
    setError(null)
    try {
      const walk = await startWalk.mutateAsync({ organizationId, roomId })
      apply({ type: 'started', walkId: walk.id })
    } catch (cause) {
      setError(translateApiError(i18n, cause))
    }
  }

  const complete = async () => {
    if (!state.walkId) return
    setError(null)
    try {
      const detail = await completeWalk.mutateAsync({ organizationId, walkId: state.walkId })
      utils.auditWalk.get.setData({ organizationId, walkId: state.walkId }, detail)
    } catch (cause) {
      setError(translateApiError(i18n, cause))
    }
  }

  return {
    state,
    error,
    starting: startWalk.isPending,
    completing: completeWalk.isPending,
    onScan: (scan: FlowScan, text: string) => send(apply({ type: 'scan', scan, text })),
    markEmpty: () => apply({ type: 'markEmpty' }),
    start,
    resume: (walkId: string) => apply({ type: 'started', walkId }),
    complete,
    reset: () => {
      setError(null)
      apply({ type: 'reset' })
    },
  }
}
