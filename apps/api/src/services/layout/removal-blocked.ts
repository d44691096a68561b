// LAYOUT.REMOVAL_BLOCKED: a publish would remove positions where plants stand (LAYR4).
import { DomainError, type BlockedRemoval } from '@growops/domain'

/** How many plants the message names; details list them all. */
const NAMED = 5

export function removalBlockedError(blocked: readonly BlockedRemoval[]): DomainError {
  const named = blocked
    .slice(0, NAMED)
    .map((b) => `${b.plantTag} at ${b.address}`)
    .join(', ')
  const more = blocked.length > NAMED ? ` and ${blocked.length - NAMED} more` : ''
  const noun =
    blocked.length === 1
      ? 'a position that holds a plant'
      : `${blocked.length} positions that hold plants`
  return new DomainError(
    'LAYOUT.REMOVAL_BLOCKED',
    `This layout would remove ${noun}: ${named}${more}. Move or harvest them first, or keep those positions.`,
    { blocked, count: blocked.length },
  )
}
