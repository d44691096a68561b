// Mentions in a shift note's body (COMM4–COMM6): places by address, batches by code, plants
// by tag, people by e-mail. Parsing is pure; resolving them to rows is the api's job.
import { safeParseAddressPrefix } from '../addressing/address-prefix.ts'
import type { AddressLevel } from '../addressing/address-segments.ts'
import { normalizePlantTagInput, plantTagProblem } from '../plants/plant-tag.ts'

export type ParsedMention =
  | { kind: 'ADDRESS'; text: string; value: string; level: AddressLevel }
  | { kind: 'BATCH'; text: string; value: string }
  | { kind: 'PLANT'; text: string; value: string }
  | { kind: 'USER'; text: string; value: string }

export type ParsedMentionKind = ParsedMention['kind']

/** At most this many mentions are taken from one note; the rest are ignored. */
export const MAX_MENTIONS_PER_NOTE = 50

const CODE = '[A-Z0-9][A-Z0-9-]{0,15}'
// One pass, left to right; at one start the first alternative wins. Each alternative is a
// named group. No alternative can start inside a word, an address, an e-mail or a tag.
const MENTION_PATTERN = new RegExp(
  [
    String.raw`(?<![\w.@#-])@(?<user>[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24})(?![\w-])`,
    String.raw`(?<![\w.@#-])#(?<hashTag>[A-Za-z0-9][A-Za-z0-9-]{22,46}[A-Za-z0-9])(?![\w-])`,
    String.raw`(?<![\w.@#-])(?<address>${CODE}(?:\.${CODE}){2,6})(?![\w-]|\.[A-Z0-9])`,
    String.raw`(?<![\w.@#-])(?<batch>B-\d{1,6}(?:-\d{1,6})?)(?![\w-]|\.[A-Z0-9])`,
    String.raw`(?<![\w.@#-])(?<bareTag>(?=[A-Z]*\d)[A-Z0-9]{24})(?![\w-]|\.[A-Z0-9])`,
  ].join('|'),
  'g',
)

function mentionOf(groups: Record<string, string | undefined>): ParsedMention | null {
  if (groups.user) {
    return { kind: 'USER', text: `@${groups.user}`, value: groups.user.toLowerCase() }
  }
  if (groups.hashTag) {
    const tag = normalizePlantTagInput(groups.hashTag)
    return plantTagProblem(tag) ? null : { kind: 'PLANT', text: `#${groups.hashTag}`, value: tag }
  }
  if (groups.address) {
    const parsed = safeParseAddressPrefix(groups.address)
    // Property and building addresses are too broad to be a mention (COMM4).
    if (!parsed.success || parsed.data.level === 'property' || parsed.data.level === 'building') {
      return null
    }
    return {
      kind: 'ADDRESS',
      text: groups.address,
      value: groups.address,
      level: parsed.data.level,
    }
  }
  if (groups.batch) return { kind: 'BATCH', text: groups.batch, value: groups.batch }
  if (groups.bareTag) return { kind: 'PLANT', text: groups.bareTag, value: groups.bareTag }
  return null
}

/**
 * The distinct mentions in `body`, in order of first appearance (COMM4, COMM5): an address
 * of a room or below (`MAIN.GROW1.VEG-A`, `MAIN.GROW1.VEG-A.LEFT.R3.C5.P1`), a batch code
 * (`B-001`, `B-2026-014`), a plant tag (`#<tag>`, dashes and case forgiven, or the bare
 * 24-character tag) or a person (`@name@example.com`).
 */
export function parseMentions(body: string): ParsedMention[] {
  const seen = new Set<string>()
  const mentions: ParsedMention[] = []
  for (const match of body.matchAll(MENTION_PATTERN)) {
    const mention = match.groups ? mentionOf(match.groups) : null
    if (!mention) continue
    const key = `${mention.kind}:${mention.value}`
    if (seen.has(key)) continue
    seen.add(key)
    mentions.push(mention)
    if (mentions.length === MAX_MENTIONS_PER_NOTE) break
  }
  return mentions
}
