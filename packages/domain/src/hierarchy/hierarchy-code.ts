// Codes of the four named hierarchy levels (property, building, room, section): the same
// rules addressing applies to address segments 1–4 (ADDR2), with messages worded for a form.
import { checkCode, excerpt, type SegmentProblem } from '../addressing/address-segments.ts'

/** The hierarchy levels that carry a code, in address order (segments 1–4). */
export const HIERARCHY_CODE_LEVELS = ['property', 'building', 'room', 'section'] as const

export type HierarchyCodeLevel = (typeof HIERARCHY_CODE_LEVELS)[number]

const LEVEL_NAME: Record<HierarchyCodeLevel, string> = {
  property: 'Property',
  building: 'Building',
  room: 'Room',
  section: 'Section',
}

/** "Property", "Building", "Room" or "Section", for messages. */
export function hierarchyLevelName(level: HierarchyCodeLevel): string {
  return LEVEL_NAME[level]
}

// Address-specific reasons (dots, normalizeAddressInput) reworded for a single code field.
function reasonForCode(problem: SegmentProblem): string {
  if (problem.problem === 'EMPTY') return 'is empty; give 1 to 16 characters from A-Z, 0-9 and -'
  if (problem.problem === 'WHITESPACE') return 'contains a space; codes use only A-Z, 0-9 and -'
  return problem.reason
}

export interface HierarchyCodeProblem {
  problem: SegmentProblem['problem']
  /** One sentence a person can act on, e.g. `Room code "veg-a" has lower-case letters; …`. */
  message: string
}

/**
 * Checks a property, building, room or section code (HIER1): 1–16 characters from `A-Z`,
 * `0-9` and `-`, not starting or ending with `-`. Returns null when the code is valid.
 */
export function checkHierarchyCode(
  level: HierarchyCodeLevel,
  code: string,
): HierarchyCodeProblem | null {
  const problem = checkCode(code)
  if (problem === null) return null
  return {
    problem: problem.problem,
    message: `${LEVEL_NAME[level]} code "${excerpt(code, 40)}" ${reasonForCode(problem)}.`,
  }
}
