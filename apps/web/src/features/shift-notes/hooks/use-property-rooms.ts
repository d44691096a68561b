import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { trpc } from '../../../app/trpc.ts'

/** A property's rooms (building and room codes), for room pickers; from `property.occupancy`. */
export function usePropertyRooms(propertyId: string) {
  const { organizationId } = useActiveOrganization()
  const occupancy = trpc.property.occupancy.useQuery({ organizationId, propertyId })
  return (occupancy.data ?? []).map((room) => ({
    id: room.roomId,
    label: `${room.buildingCode} · ${room.roomCode}`,
  }))
}
