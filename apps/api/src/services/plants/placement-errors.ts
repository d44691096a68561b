import { uniqueViolationConstraint } from '@growops/db'
import { DomainError } from '@growops/domain'

const SHOWN = 50

export function tagsTakenError(tagNumbers: string[]): DomainError {
  const shown = tagNumbers.slice(0, 5).join(', ')
  const more = tagNumbers.length > 5 ? ` and ${tagNumbers.length - 5} more` : ''
  return new DomainError(
    'PLANT.TAG_TAKEN',
    tagNumbers.length === 1
      ? `Tag ${shown} is already used by another plant.`
      : `${tagNumbers.length} tags are already used by other plants: ${shown}${more}.`,
    { tagNumbers: tagNumbers.slice(0, SHOWN), count: tagNumbers.length },
  )
}

/**
 * Turns the unique violations a placement can hit into domain errors: a second plant in a
 * position (the database decides, whatever the checks before said) or a tag already used.
 * Null when `error` is no unique violation.
 */
export function placementConflict(
  error: unknown,
  context: { address?: string | null; tagNumbers?: string[] },
): DomainError | null {
  const constraint = uniqueViolationConstraint(error)
  if (constraint === undefined) return null
  if (constraint.includes('positionId')) {
    return new DomainError(
      'POSITION.OCCUPIED',
      context.address
        ? `Position ${context.address} already holds a plant.`
        : 'A position already holds a plant.',
      { address: context.address ?? null },
    )
  }
  if (constraint.includes('tagNumber')) return tagsTakenError(context.tagNumbers ?? [])
  return new DomainError('CONFLICT', 'That change conflicts with another one; try again.', {
    constraint,
  })
}
