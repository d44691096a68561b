import { z } from 'zod'
import { DomainError } from '../errors/domain-error.ts'

export const PlantStatusSchema = z.enum(['ACTIVE', 'HARVESTED', 'DESTROYED', 'TRANSFERRED'])
export type PlantStatus = z.infer<typeof PlantStatusSchema>

/** The statuses a plant can end in; each frees its position (PLANT2). */
export const FinalPlantStatusSchema = z.enum(['HARVESTED', 'DESTROYED', 'TRANSFERRED'])
export type FinalPlantStatus = z.infer<typeof FinalPlantStatusSchema>

/** Why a plant moved. PLACEMENT and READDRESS are written by the system, never asked for. */
export const MoveReasonSchema = z.enum(['TRANSPLANT', 'REORGANIZE', 'HARVEST'])
export type MoveReason = z.infer<typeof MoveReasonSchema>

/**
 * Only an ACTIVE plant may be moved, placed or given a final status (PLANT1); anything else
 * throws `PLANT.NOT_ACTIVE` naming the tag and its status.
 */
export function assertPlantActive(plant: { tagNumber: string; status: PlantStatus }): void {
  if (plant.status === 'ACTIVE') return
  throw new DomainError(
    'PLANT.NOT_ACTIVE',
    `Plant ${plant.tagNumber} is ${plant.status.toLowerCase()}; only active plants can be moved or changed.`,
    { tagNumber: plant.tagNumber, status: plant.status },
  )
}
