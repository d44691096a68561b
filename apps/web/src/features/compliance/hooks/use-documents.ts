import { parseLivePayload } from '@growops/domain'
import { useActiveOrganizationOrNull } from '../../../app/active-organization.tsx'
import { trpc, type RouterOutputs } from '../../../app/trpc.ts'
import { useLiveEvents } from '../../live/hooks/use-live.ts'

export type DocumentSummary = RouterOutputs['document']['list'][number]
export type DocumentDetail = RouterOutputs['document']['get']
export type DocumentVersion = DocumentDetail['versions'][number]
export type PendingAcknowledgement = RouterOutputs['document']['myPendingAcknowledgements'][number]

/**
 * Document answers go stale when someone submits, approves, sends back or a reminder is sent:
 * each of those notifies someone (a DOCUMENT notification), so on one of mine every document
 * answer is refetched. Other changes show on the next visit or refetch.
 */
export function useDocumentLiveRefresh(): void {
  const utils = trpc.useUtils()
  useLiveEvents(['notification.created'], (envelope) => {
    const payload = parseLivePayload('notification.created', envelope.payload)
    if (payload?.kind === 'DOCUMENT') void utils.document.invalidate()
  })
}

/** What the caller still has to acknowledge (every member). */
export function usePendingAcknowledgements() {
  const active = useActiveOrganizationOrNull()
  useDocumentLiveRefresh()
  return trpc.document.myPendingAcknowledgements.useQuery(
    { organizationId: active?.organizationId ?? '' },
    { enabled: active !== null },
  )
}

/** Every document mutation refetches every document answer when it settles. */
export function useDocumentMutationOptions() {
  const utils = trpc.useUtils()
  return { onSettled: () => utils.document.invalidate() }
}

export function useAcknowledgeDocument() {
  return trpc.document.acknowledge.useMutation(useDocumentMutationOptions())
}
