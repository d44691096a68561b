import { describe, expect, it } from 'vitest'
import { acknowledgementProgress, canReadDocument, mustAcknowledge } from './acknowledgements.ts'

describe('acknowledgements', () => {
  it('[CDOC7] only the required roles acknowledge; STAFF reads only approved documents naming STAFF', () => {
    expect(mustAcknowledge(['STAFF', 'HEAD_GROWER'], 'STAFF')).toBe(true)
    expect(mustAcknowledge([], 'STAFF')).toBe(false)
    expect(canReadDocument('STAFF', ['STAFF'], 'APPROVED')).toBe(true)
    expect(canReadDocument('STAFF', ['STAFF'], 'OTHER')).toBe(false)
    expect(canReadDocument('STAFF', ['HEAD_GROWER'], 'APPROVED')).toBe(false)
    expect(canReadDocument('ACCOUNTANT', [], 'OTHER')).toBe(true)
    expect(canReadDocument('HEAD_GROWER', [], 'OTHER')).toBe(true)
  })

  it('[CDOC8] lists who in the required roles has and has not acknowledged', () => {
    const members = [
      { userId: 'owner', role: 'OWNER' as const, name: 'O' },
      { userId: 'staff1', role: 'STAFF' as const, name: 'S1' },
      { userId: 'staff2', role: 'STAFF' as const, name: 'S2' },
      { userId: 'grower', role: 'HEAD_GROWER' as const, name: 'G' },
    ]
    const at = new Date('2026-05-01T00:00:00Z')
    const progress = acknowledgementProgress(
      members,
      [
        { userId: 'staff2', acknowledgedAt: at },
        { userId: 'owner', acknowledgedAt: at },
      ],
      ['STAFF', 'HEAD_GROWER'],
    )
    expect(progress.required).toBe(3)
    expect(progress.acknowledged).toEqual([
      { userId: 'staff2', role: 'STAFF', name: 'S2', acknowledgedAt: at },
    ])
    expect(progress.pending.map((m) => m.userId)).toEqual(['staff1', 'grower'])
    expect(acknowledgementProgress(members, [], []).required).toBe(0)
  })
})
