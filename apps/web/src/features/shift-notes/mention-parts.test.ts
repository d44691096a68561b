import { describe, expect, it } from 'vitest'
import { splitMentions, type Mention } from './mention-parts.ts'

const room: Mention = { kind: 'ROOM', targetId: 'r1', label: 'MAIN.GROW1.VEG-A' }
const position: Mention = {
  kind: 'POSITION',
  targetId: 'p1',
  label: 'MAIN.GROW1.VEG-A.LEFT.R1.C1.P1',
}
const batch: Mention = { kind: 'BATCH', targetId: 'b1', label: 'B-001' }

describe('splitMentions', () => {
  it('cuts the text at each mention, left to right, keeping every character', () => {
    const body = 'Check MAIN.GROW1.VEG-A for B-001, then B-001 again.'
    const parts = splitMentions(body, [room, batch])
    expect(parts).toEqual([
      'Check ',
      { mention: room, text: 'MAIN.GROW1.VEG-A' },
      ' for ',
      { mention: batch, text: 'B-001' },
      ', then ',
      { mention: batch, text: 'B-001' },
      ' again.',
    ])
    expect(parts.map((part) => (typeof part === 'string' ? part : part.text)).join('')).toBe(body)
  })

  it('prefers the longer mention where one label starts another', () => {
    const parts = splitMentions('Leak at MAIN.GROW1.VEG-A.LEFT.R1.C1.P1.', [room, position])
    expect(parts[1]).toEqual({ mention: position, text: position.label })
  })

  it('leaves a note without mentions whole', () => {
    expect(splitMentions('All quiet.', [])).toEqual(['All quiet.'])
    expect(splitMentions('', [room])).toEqual([])
  })
})
