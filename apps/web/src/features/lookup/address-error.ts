// Address problems in words: which segment is wrong, what was expected and why, from the
// details the domain parser and the api send (segmentIndex, segment, segmentRole, problem).
import type { TFunction } from 'i18next'
import { translateKey } from '../../app/translate-key.ts'

export interface AddressProblem {
  message: string
  /** 1-based index of the segment to mark, when one is to blame. */
  segmentIndex: number | null
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function index(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null
}

// position.locate names what it could not find (details.missing): the level, in words.
const MISSING_SEGMENT: [string, number][] = [
  ['property', 1],
  ['building', 2],
  ['room', 3],
  ['section', 4],
  ['table row', 5],
  ['rack level', 5],
  ['row', 5],
  ['cell', 6],
  ['position', 7],
]

/** 1-based segment index for `details.missing`, or null when it names none. */
export function missingSegmentIndex(missing: string): number | null {
  return MISSING_SEGMENT.find(([word]) => missing.startsWith(word))?.[1] ?? null
}

/**
 * A translated sentence for an address error code and its details; null when the code is
 * not an address problem (the caller then shows the general api error).
 */
export function describeAddressProblem(
  t: TFunction,
  code: string | null,
  details: Record<string, unknown>,
  address: string,
): AddressProblem | null {
  const segmentIndex = index(details.segmentIndex)
  const segment = text(details.segment) ?? ''
  switch (code) {
    case 'ADDRESS.EMPTY':
      return { message: t('lookup.errors.empty'), segmentIndex: null }
    case 'ADDRESS.INVALID_SEGMENT': {
      const role = text(details.segmentRole)
      const problem = text(details.problem)
      const expected = role
        ? translateKey(t, `lookup.expected.${role}`, {
            defaultValue: text(details.expected) ?? role,
          })
        : (text(details.expected) ?? '')
      const why = problem
        ? translateKey(t, `lookup.problems.${problem}`, {
            defaultValue: text(details.reason) ?? problem,
          })
        : (text(details.reason) ?? '')
      return {
        message: t('lookup.errors.invalidSegment', {
          index: segmentIndex ?? 0,
          segment,
          expected,
          problem: why,
        }),
        segmentIndex,
      }
    }
    case 'ADDRESS.TOO_MANY_SEGMENTS':
      return {
        message: t('lookup.errors.tooManySegments', { index: segmentIndex ?? 8, segment }),
        segmentIndex,
      }
    case 'ADDRESS.INCOMPLETE':
      return { message: t('lookup.errors.incomplete', { address }), segmentIndex: null }
    case 'NOT_FOUND': {
      const missing = text(details.missing) ?? ''
      const at = segmentIndex ?? missingSegmentIndex(missing)
      const segments = address.split('.')
      const named = segment || (at ? (segments[at - 1] ?? '') : '')
      if (missing.includes('this section is a rack'))
        return { message: t('lookup.errors.sectionIsRack', { segment: named }), segmentIndex: at }
      if (missing.includes('this section is a table'))
        return { message: t('lookup.errors.sectionIsTable', { segment: named }), segmentIndex: at }
      return at
        ? {
            message: t('lookup.errors.notFoundSegment', { address, index: at, segment: named }),
            segmentIndex: at,
          }
        : { message: t('lookup.errors.notFound', { address }), segmentIndex: null }
    }
    default:
      return null
  }
}
