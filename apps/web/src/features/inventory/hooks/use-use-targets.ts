import { isFinalBatchStage } from '@growops/domain'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { trpc } from '../../../app/trpc.ts'

export interface UseTarget {
  id: string
  label: string
}

/**
 * What a use can be against: the growing batches and the rooms of the item's property (of
 * every property for an organization-wide item).
 */
export function useUseTargets(itemPropertyId: string | null): {
  batches: UseTarget[]
  rooms: UseTarget[]
} {
  const { organizationId } = useActiveOrganization()
  const properties = trpc.property.list.useQuery({ organizationId })
  const propertyIds = (properties.data ?? [])
    .map((property) => property.id)
    .filter((id) => itemPropertyId === null || id === itemPropertyId)
  const several = propertyIds.length > 1
  const occupancy = trpc.useQueries((t) =>
    propertyIds.map((propertyId) => t.property.occupancy({ organizationId, propertyId })),
  )
  const batches = trpc.batch.list.useQuery({
    organizationId,
    ...(itemPropertyId ? { propertyId: itemPropertyId } : {}),
  })
  const codeOf = new Map((properties.data ?? []).map((property) => [property.id, property.code]))
  return {
    batches: (batches.data ?? [])
      .filter((batch) => !isFinalBatchStage(batch.stage))
      .map((batch) => ({ id: batch.id, label: `${batch.name} · ${batch.strain}` })),
    rooms: occupancy.flatMap((query, index) =>
      (query.data ?? []).map((room) => ({
        id: room.roomId,
        label: [
          several ? codeOf.get(propertyIds[index] ?? '') : null,
          room.buildingCode,
          room.roomCode,
        ]
          .filter(Boolean)
          .join(' · '),
      })),
    ),
  }
}
