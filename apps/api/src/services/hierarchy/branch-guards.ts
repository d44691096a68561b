// Guards shared by the hierarchy writes: sibling codes (HIER2) and plants beneath a branch
// that is about to be deleted (HIER4).
import { isUniqueViolation, uniqueViolationConstraint, type TransactionClient } from '@growops/db'
import {
  codeTakenError,
  HELD_PLANTS_NAMED,
  holdsPlantsError,
  type HierarchyCodeLevel,
} from '@growops/domain'
import { positionsBeneath, type Beneath } from './positions-beneath.ts'

/** The unique index that keeps each level's codes unique among siblings. */
const CODE_CONSTRAINT: Record<HierarchyCodeLevel, string> = {
  property: 'Property_organizationId_code_key',
  building: 'Building_propertyId_code_key',
  room: 'Room_buildingId_code_key',
  section: 'Section_roomId_code_key',
}

export interface CodeClash {
  level: HierarchyCodeLevel
  code: string
  /** Where the code must be unique, e.g. `building MAIN.GROW1`; null for properties. */
  parent: string | null
}

/**
 * Runs a write and turns the database's refusal of a duplicate sibling code into
 * HIERARCHY.CODE_TAKEN. The unique index decides (no check-then-write race); `clash` is
 * read after the failure, so the write can fill it in as it learns the parent.
 */
export async function refuseTakenCode<T>(
  write: () => Promise<T>,
  clash: () => CodeClash | null,
): Promise<T> {
  try {
    return await write()
  } catch (error) {
    const taken = clash()
    if (
      taken !== null &&
      isUniqueViolation(error) &&
      uniqueViolationConstraint(error) === CODE_CONSTRAINT[taken.level]
    ) {
      throw codeTakenError(taken.level, taken.code, taken.parent)
    }
    throw error
  }
}

/**
 * Refuses to go on when any plant sits in a position beneath `entity` (HIER4). Locks those
 * positions first, so a plant being placed concurrently either committed before (and is
 * counted) or waits for our delete and then finds its position gone.
 */
export async function refuseWhenHoldingPlants(
  tx: TransactionClient,
  organizationId: string,
  entity: Beneath & { label: string },
): Promise<void> {
  const where = positionsBeneath(entity)
  await tx.$queryRaw`SELECT count(*)::int AS locked FROM (
    SELECT 1 FROM "Position" pos WHERE ${where} FOR UPDATE) AS held`
  const held = await tx.$queryRaw<{ tagNumber: string; total: number }[]>`
    SELECT pl."tagNumber", count(*) OVER ()::int AS total
    FROM "Plant" pl JOIN "Position" pos ON pos.id = pl."positionId"
    WHERE ${where} AND pl."organizationId" = ${organizationId}
    ORDER BY pos.address, pl."tagNumber"
    LIMIT ${HELD_PLANTS_NAMED}`
  const first = held[0]
  if (first === undefined) return
  throw holdsPlantsError(
    { entityType: entity.entityType, entityId: entity.id, label: entity.label },
    first.total,
    held.map((plant) => plant.tagNumber),
  )
}

/** Removes every position beneath `entity`; the caller removes the levels above them. */
export async function deletePositionsBeneath(
  tx: TransactionClient,
  entity: Beneath,
): Promise<number> {
  return tx.$executeRaw`DELETE FROM "Position" AS pos WHERE ${positionsBeneath(entity)}`
}
