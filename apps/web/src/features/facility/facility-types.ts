import type { RouterOutputs } from '../../app/trpc.ts'

export type PropertySummary = RouterOutputs['property']['list'][number]
export type PropertyFull = RouterOutputs['property']['full']
export type FacilityBuilding = PropertyFull['buildings'][number]
export type FacilityRoom = FacilityBuilding['rooms'][number]
export type FacilitySection = FacilityRoom['sections'][number]
