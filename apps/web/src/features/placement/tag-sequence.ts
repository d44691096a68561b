// Tags for a batch placement: a starting tag counted up per plant, and the checks a list of
// typed or pasted tags must pass before it is sent.
import { normalizePlantTagInput, plantTagProblem } from '@growops/domain'

export type TagSequenceResult =
  { ok: true; tags: string[] } | { ok: false; problem: 'NO_NUMBER' | 'OVERFLOW' | 'INVALID_START' }

/**
 * `count` tags from `start`, counting up its trailing number and keeping its width
 * (`…0009` → `…0010`). A start without a trailing number, or one that runs out of digits,
 * is refused rather than silently changing the tag's length.
 */
export function generateTagSequence(start: string, count: number): TagSequenceResult {
  const tag = normalizePlantTagInput(start)
  if (plantTagProblem(tag) !== null) return { ok: false, problem: 'INVALID_START' }
  const match = /^(.*?)(\d+)$/.exec(tag)
  if (!match) return { ok: false, problem: 'NO_NUMBER' }
  const prefix = match[1] ?? ''
  const digits = match[2] ?? ''
  const first = BigInt(digits)
  const last = first + BigInt(Math.max(count, 1) - 1)
  if (last.toString().length > digits.length) return { ok: false, problem: 'OVERFLOW' }
  const tags: string[] = []
  for (let i = 0; i < count; i++) {
    tags.push(prefix + (first + BigInt(i)).toString().padStart(digits.length, '0'))
  }
  return { ok: true, tags }
}

export interface TagListProblem {
  /** 1-based line of the first bad tag, or null for a problem with the list as a whole. */
  line: number | null
  kind: 'COUNT' | 'INVALID' | 'DUPLICATE'
  tag?: string
}

/** Tags one per line (blank lines ignored), normalized as scanners and people type them. */
export function parseTagList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => normalizePlantTagInput(line))
    .filter((line) => line.length > 0)
}

/** The first problem of a tag list meant for `expected` positions, or null. */
export function checkTagList(tags: readonly string[], expected: number): TagListProblem | null {
  const seen = new Set<string>()
  for (const [index, tag] of tags.entries()) {
    if (plantTagProblem(tag) !== null) return { line: index + 1, kind: 'INVALID', tag }
    if (seen.has(tag)) return { line: index + 1, kind: 'DUPLICATE', tag }
    seen.add(tag)
  }
  if (tags.length !== expected) return { line: null, kind: 'COUNT' }
  return null
}
