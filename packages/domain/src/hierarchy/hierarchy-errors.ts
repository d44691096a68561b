// The errors hierarchy changes raise, worded once so every service says the same thing.
import { DomainError } from '../errors/domain-error.ts'
import { hierarchyLevelName, type HierarchyCodeLevel } from './hierarchy-code.ts'

/** Hierarchy entities that can be deleted or hold plants. */
export type HierarchyEntityType = 'Property' | 'Building' | 'Room' | 'Section' | 'Row'

/** How many plant tags a HOLDS_PLANTS message names before "and N more". */
export const HELD_PLANTS_NAMED = 10

/**
 * HIERARCHY.HOLDS_PLANTS (HIER4): `label` (e.g. `Room MAIN.GROW1.VEG-A`) still holds
 * `plantCount` plants. The message names the first {@link HELD_PLANTS_NAMED} of `tags`
 * and says how many more there are; details carry the full count.
 */
export function holdsPlantsError(
  target: { entityType: HierarchyEntityType; entityId: string; label: string },
  plantCount: number,
  tags: readonly string[],
): DomainError {
  const named = tags.slice(0, HELD_PLANTS_NAMED)
  const more = plantCount - named.length
  const list = named.join(', ') + (more > 0 ? ` and ${more} more` : '')
  const noun = plantCount === 1 ? 'plant' : 'plants'
  return new DomainError(
    'HIERARCHY.HOLDS_PLANTS',
    `${target.label} holds ${plantCount} ${noun} (${list}); move, harvest or destroy ${plantCount === 1 ? 'it' : 'them'} before deleting.`,
    {
      entityType: target.entityType,
      entityId: target.entityId,
      label: target.label,
      plantCount,
      tags: named,
      moreCount: Math.max(0, more),
    },
  )
}

/**
 * HIERARCHY.CODE_TAKEN (HIER2): a sibling of the same level already has `code`.
 * `parentLabel` names where (`building MAIN.GROW1`); null for properties, whose siblings
 * are the organization's other properties.
 */
export function codeTakenError(
  level: HierarchyCodeLevel,
  code: string,
  parentLabel: string | null,
): DomainError {
  const where = parentLabel === null ? 'in this organization' : `in ${parentLabel}`
  return new DomainError(
    'HIERARCHY.CODE_TAKEN',
    `${hierarchyLevelName(level)} code "${code}" is already used ${where}; choose another code.`,
    { level, code, parent: parentLabel },
  )
}
