import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { trpc } from '../../../app/trpc.ts'

/** Rooms, the caller's open tasks, growing batches and people, for the labor pickers. */
export function useLaborOptions() {
  const { organizationId } = useActiveOrganization()
  return trpc.labor.options.useQuery({ organizationId }, { staleTime: 60_000 })
}
