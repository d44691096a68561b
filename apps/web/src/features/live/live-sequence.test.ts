import type { LiveEnvelope } from '@growops/domain'
import { describe, expect, it } from 'vitest'
import { createLiveSequence } from './live-sequence.ts'

function envelope(seq: string): LiveEnvelope {
  return {
    seq,
    type: 'notification.created',
    organizationId: 'org',
    propertyId: null,
    roomId: null,
    userId: null,
    payload: {},
    createdAt: '2026-11-21T10:00:00.000Z',
  }
}

const seqs = (list: readonly LiveEnvelope[]) => list.map((item) => item.seq)

describe('live sequence', () => {
  it('applies events oldest first and each seq once', () => {
    const sequence = createLiveSequence()
    expect(
      seqs(sequence.accept([envelope('3'), envelope('1'), envelope('2'), envelope('3')])),
    ).toEqual(['1', '2', '3'])
    expect(seqs(sequence.accept([envelope('2'), envelope('4')]))).toEqual(['4'])
    expect(sequence.lastSeq).toBe('4')
  })

  it('compares seqs as whole numbers, not text', () => {
    const sequence = createLiveSequence('9')
    expect(seqs(sequence.accept([envelope('10'), envelope('9'), envelope('8')]))).toEqual(['10'])
    expect(sequence.lastSeq).toBe('10')
    const big = createLiveSequence('9007199254740993')
    expect(seqs(big.accept([envelope('9007199254740993'), envelope('9007199254740994')]))).toEqual([
      '9007199254740994',
    ])
  })

  it('still applies a lower seq that arrives late (two transactions committed out of order)', () => {
    const sequence = createLiveSequence('1')
    expect(seqs(sequence.accept([envelope('3')]))).toEqual(['3'])
    expect(seqs(sequence.accept([envelope('2')]))).toEqual(['2'])
    expect(seqs(sequence.accept([envelope('2'), envelope('3')]))).toEqual([])
    expect(sequence.lastSeq).toBe('3')
  })

  it('a catch-up that overlaps the live stream yields every id exactly once', () => {
    const sequence = createLiveSequence('100')
    const live = [envelope('104'), envelope('105')]
    const caughtUp = ['101', '102', '103', '104', '105'].map(envelope)
    const applied = [...sequence.accept(live), ...sequence.accept(caughtUp)]
    expect(seqs(applied).toSorted()).toEqual(['101', '102', '103', '104', '105'])
  })

  it('reset starts over from a new point', () => {
    const sequence = createLiveSequence()
    sequence.accept([envelope('5')])
    sequence.reset('50')
    expect(sequence.lastSeq).toBe('50')
    expect(seqs(sequence.accept([envelope('5'), envelope('51')]))).toEqual(['51'])
  })

  it('forgets old seqs beyond its memory without applying them again', () => {
    const sequence = createLiveSequence('0')
    const many = Array.from({ length: 2_500 }, (_, index) => envelope(String(index + 1)))
    expect(sequence.accept(many)).toHaveLength(2_500)
    expect(sequence.accept([envelope('1'), envelope('400')])).toEqual([])
  })
})
