// Writes address parts as text, refusing anything the reader would refuse, so
// that every formatted address parses back to the same parts.
import {
  checkCode,
  checkNumberValue,
  invalidSegmentError,
  MISSING,
  numberRoleAt,
  type NumberSegmentRole,
  type SegmentProblem,
  segmentRoleAt,
} from './address-segments.ts'
import type { AddressPrefixParts } from './address-types.ts'

const CODE_KEYS = ['property', 'building', 'room', 'section'] as const

const LETTER: Record<Exclude<NumberSegmentRole, 'row-or-level'>, string> = {
  row: 'R',
  level: 'L',
  column: 'C',
  hanger: 'H',
  slot: 'P',
}

interface WrittenSegment {
  text: string
  problem: SegmentProblem | null
}

/** Writes the first `depth` segments of `parts`; throws ADDRESS.INVALID_SEGMENT. */
export function writeAddress(parts: AddressPrefixParts, depth: number): string {
  const form = parts.kind ?? null
  const written: WrittenSegment[] = []
  for (let index = 1; index <= depth; index++) {
    const codeKey = CODE_KEYS[index - 1]
    written.push(
      codeKey === undefined
        ? writeNumber(parts, numberRoleAt(index, form))
        : writeCode(parts[codeKey]),
    )
  }
  const text = written.map((segment) => segment.text).join('.')
  written.forEach((segment, i) => {
    if (segment.problem !== null) {
      throw invalidSegmentError(
        text,
        i + 1,
        segment.text,
        segmentRoleAt(i + 1, form),
        segment.problem,
      )
    }
  })
  return text
}

function writeCode(code: string | undefined): WrittenSegment {
  if (code === undefined) return { text: '', problem: MISSING }
  return { text: code, problem: checkCode(code) }
}

function writeNumber(parts: AddressPrefixParts, role: NumberSegmentRole): WrittenSegment {
  if (role === 'row-or-level') {
    return {
      text: '',
      problem: { problem: 'MISSING', reason: "is missing: kind must be 'table' or 'rack'" },
    }
  }
  const value = parts[role]
  if (value === undefined) return { text: '', problem: MISSING }
  return { text: `${LETTER[role]}${value}`, problem: checkNumberValue(value) }
}
