import { useActiveOrganizationOrNull } from '../../../app/active-organization.tsx'
import { trpc } from '../../../app/trpc.ts'

/** The caller's unacknowledged announcements (URGENT first); live-refetched on announcement events. */
export function useUnacknowledgedAnnouncements() {
  const active = useActiveOrganizationOrNull()
  const organizationId = active?.organizationId ?? ''
  const query = trpc.announcement.unacknowledged.useQuery(
    { organizationId },
    { enabled: active !== null },
  )
  return { organizationId, query }
}

/** Acknowledge one announcement; every announcement answer is refetched afterwards. */
export function useAcknowledgeAnnouncement() {
  const utils = trpc.useUtils()
  return trpc.announcement.acknowledge.useMutation({
    onSettled: () => utils.announcement.invalidate(),
  })
}
