// Which plants may move where (PLANT1, HARV5): an ACTIVE plant anywhere; a HARVESTED plant only
// onto a dry-rack hanger (from another hanger, or hung for the first time after a harvest that
// freed its position), never back into a grow position; ended plants (destroyed, transferred)
// nowhere.
import type { Plant, TransactionClient } from '@growops/db'
import { assertPlantActive, DomainError, isHangerSectionType } from '@growops/domain'
import type { Actor } from '../access/actor.ts'

export async function assertMovable(
  tx: TransactionClient,
  actor: Actor,
  plant: Pick<Plant, 'tagNumber' | 'status'>,
  toPositionId: string,
): Promise<void> {
  if (plant.status !== 'HARVESTED') {
    assertPlantActive(plant)
    return
  }
  const target = await tx.position.findFirst({
    where: { id: toPositionId, property: { organizationId: actor.organizationId } },
    select: { address: true, section: { select: { type: true } } },
  })
  // An unknown position is refused as NOT_FOUND by the claim that follows.
  if (!target || isHangerSectionType(target.section.type)) return
  throw new DomainError(
    'POSITION.NOT_A_HANGER',
    `Plant ${plant.tagNumber} is harvested: it moves only between dry-rack hangers, and ${target.address} is on a ${target.section.type.toLowerCase()}.`,
    { tagNumber: plant.tagNumber, address: target.address, sectionType: target.section.type },
  )
}
