import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_MENTIONS_PER_NOTE, parseMentions, type ParsedMention } from './mentions.ts'

const TAG = '1A4FF0100000022000000123'

function summary(mentions: ParsedMention[]): string[] {
  return mentions.map((m) => `${m.kind}:${m.value}`)
}

describe('parseMentions', () => {
  it.each([
    ['room address', 'Check MAIN.GROW1.VEG-A please', ['ADDRESS:MAIN.GROW1.VEG-A']],
    [
      'position address ending a sentence',
      'Mold at MAIN.GROW1.VEG-A.LEFT.R3.C5.P1.',
      ['ADDRESS:MAIN.GROW1.VEG-A.LEFT.R3.C5.P1'],
    ],
    ['rack cell', 'MAIN.DRY.DRY-A.RACK1.L2.H5, hung', ['ADDRESS:MAIN.DRY.DRY-A.RACK1.L2.H5']],
    ['batch codes', 'B-001 and B-2026-014 need water', ['BATCH:B-001', 'BATCH:B-2026-014']],
    ['plant tag with #', `Topped #${TAG}`, [`PLANT:${TAG}`]],
    [
      'plant tag with # forgiving dashes and case',
      '#1a4ff-01000000-22000000-123',
      [`PLANT:${TAG}`],
    ],
    ['bare 24-character tag', `tag ${TAG} wilting`, [`PLANT:${TAG}`]],
    ['user e-mail', 'Ask @Staff@Demo-Farms.test.', ['USER:staff@demo-farms.test']],
  ])('[COMM4] finds a %s', (_name, body, expected) => {
    expect(summary(parseMentions(body))).toEqual(expected)
  })

  it.each([
    ['property and building addresses (too broad)', 'MAIN and MAIN.GROW1 are fine'],
    ['malformed addresses', 'MAIN.GROW1.VEG-A.LEFT.X3'],
    ['an address too long', 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1.EXTRA'],
    ['lower-case addresses and words with dots', 'e.g. main.grow1.veg-a, v1.2'],
    ['a # that is not a tag', 'table #1, #ABC'],
    ['a batch code inside a word', 'XB-001 B-001X'],
    ['a 24-character word with no digit', 'ABCDEFGHIJKLMNOPQRSTUVWX'],
    ['an e-mail without @ in front', 'mail staff@demo-farms.test'],
  ])('[COMM4] ignores %s', (_name, body) => {
    expect(parseMentions(body)).toEqual([])
  })

  it('[COMM4] keeps the level of an address and the text as written', () => {
    const [section] = parseMentions('MAIN.GROW1.VEG-A.LEFT needs cleaning')
    expect(section).toEqual({
      kind: 'ADDRESS',
      text: 'MAIN.GROW1.VEG-A.LEFT',
      value: 'MAIN.GROW1.VEG-A.LEFT',
      level: 'section',
    })
  })

  it('[COMM5] lists each mention once, in order of first appearance, at most the limit', () => {
    expect(summary(parseMentions(`B-1 then #${TAG} then B-1 and ${TAG} and MAIN.G.R`))).toEqual([
      'BATCH:B-1',
      `PLANT:${TAG}`,
      'ADDRESS:MAIN.G.R',
    ])
    const many = Array.from({ length: 80 }, (_, i) => `B-${i + 1}`).join(' ')
    const mentions = parseMentions(many)
    expect(mentions).toHaveLength(MAX_MENTIONS_PER_NOTE)
    expect(mentions.at(-1)?.value).toBe(`B-${MAX_MENTIONS_PER_NOTE}`)
  })

  it('[COMM5] never throws and only returns text found in the body', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (body) => {
        for (const mention of parseMentions(body)) expect(body).toContain(mention.text)
      }),
    )
  })
})
