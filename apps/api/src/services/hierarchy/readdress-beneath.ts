// Re-addressing after a code rename (HIER3), set-based: one UPDATE for every position
// beneath, one INSERT … SELECT for the plants' READDRESS history, one UPDATE for the plants.
// Per-row updates would take minutes for a large room; these take a fraction of a second.
import type { TransactionClient } from '@growops/db'
import { addressSegmentOfLevel, type HierarchyCodeLevel } from '@growops/domain'
import { positionsBeneath, type Beneath } from './positions-beneath.ts'

export interface Readdressed {
  positions: number
  plants: number
}

/**
 * Sets segment `addressSegmentOfLevel(level)` of every address beneath `entity` to `code`,
 * exactly as the domain's `readdressPosition` does, then moves each placed plant's address
 * along with a history row (reason READDRESS) for each plant whose address changed.
 * The caller holds the entity's chain locked (lockX(…, 'update')) and has already changed
 * the entity's code in the same transaction.
 */
export async function readdressBeneath(
  tx: TransactionClient,
  input: {
    organizationId: string
    entity: Beneath
    level: HierarchyCodeLevel
    code: string
    movedById: string
  },
): Promise<Readdressed> {
  const segment = addressSegmentOfLevel(input.level)
  const where = positionsBeneath(input.entity)
  const now = new Date()
  // Arrays are 1-based; a[1:0] is empty, so the property segment works like the others.
  const positions = await tx.$executeRaw`
    UPDATE "Position" AS pos
    SET address = array_to_string(
          (string_to_array(pos.address, '.'))[1:${segment - 1}]
          || ARRAY[${input.code}]::text[]
          || (string_to_array(pos.address, '.'))[${segment + 1}:],
          '.'),
        "updatedAt" = ${now}
    WHERE ${where}`

  const history = await tx.$executeRaw`
    INSERT INTO "PlantLocationHistory"
      (id, "plantId", "fromPositionId", "toPositionId", "fromAddress", "toAddress", "movedById", "movedAt", reason)
    SELECT gen_random_uuid()::text, pl.id, pos.id, pos.id, pl.address, pos.address,
           ${input.movedById}, ${now}, 'READDRESS'::"MoveReason"
    FROM "Plant" pl JOIN "Position" pos ON pos.id = pl."positionId"
    WHERE ${where}
      AND pl."organizationId" = ${input.organizationId}
      AND pl.address IS DISTINCT FROM pos.address`

  await tx.$executeRaw`
    UPDATE "Plant" AS pl
    SET address = pos.address, "updatedAt" = ${now}
    FROM "Position" pos
    WHERE pos.id = pl."positionId"
      AND ${where}
      AND pl."organizationId" = ${input.organizationId}
      AND pl.address IS DISTINCT FROM pos.address`

  return { positions, plants: history }
}
