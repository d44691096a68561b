import { describe, expect, it } from 'vitest'
import { checkTagList, generateTagSequence, parseTagList } from './tag-sequence.ts'

describe('generateTagSequence', () => {
  it('counts up the trailing number and keeps the width', () => {
    const result = generateTagSequence('1A4010300000003000000009', 3)
    expect(result).toEqual({
      ok: true,
      tags: ['1A4010300000003000000009', '1A4010300000003000000010', '1A4010300000003000000011'],
    })
  })

  it('normalizes a typed start (spaces, dashes, lower case)', () => {
    const result = generateTagSequence('1a40-1030 0000 0030 0000 0001', 1)
    expect(result).toEqual({ ok: true, tags: ['1A4010300000003000000001'] })
  })

  it('refuses a start without a trailing number', () => {
    expect(generateTagSequence('1A401030000000300000000X', 2)).toEqual({
      ok: false,
      problem: 'NO_NUMBER',
    })
  })

  it('refuses to run out of digits', () => {
    expect(generateTagSequence('ABCDEFGHIJKLMNOPQRSTUVW9', 2)).toEqual({
      ok: false,
      problem: 'OVERFLOW',
    })
  })

  it('refuses a start that is not a tag', () => {
    expect(generateTagSequence('123', 2)).toEqual({ ok: false, problem: 'INVALID_START' })
  })
})

describe('checkTagList', () => {
  const a = '1A4010300000003000000001'
  const b = '1A4010300000003000000002'

  it('accepts one valid, distinct tag per position', () => {
    expect(checkTagList(parseTagList(`${a}\n\n${b}\n`), 2)).toBeNull()
  })

  it.each([
    [[a, 'SHORT'], 2, { line: 2, kind: 'INVALID', tag: 'SHORT' }],
    [[a, a], 2, { line: 2, kind: 'DUPLICATE', tag: a }],
    [[a], 2, { line: null, kind: 'COUNT' }],
  ] as const)('%j for %i positions → %j', (tags, expected, problem) => {
    expect(checkTagList(tags, expected)).toEqual(problem)
  })
})
