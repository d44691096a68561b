import { describe, expect, it } from 'vitest'
import { readScanMode, scanModesFor } from './scan-modes.ts'

describe('scan modes offered per role', () => {
  it.each([
    ['OWNER', ['lookup', 'move', 'place', 'harvest', 'audit']],
    ['HEAD_GROWER', ['lookup', 'move', 'place', 'harvest', 'audit']],
    ['STAFF', ['lookup', 'move', 'place', 'harvest']],
    ['COMPLIANCE_MANAGER', ['lookup']],
    ['ACCOUNTANT', ['lookup']],
  ] as const)('%s sees %j', (role, modes) => {
    expect(scanModesFor(role)).toEqual(modes)
  })

  it('a mode the role may not use falls back to looking up', () => {
    const staff = scanModesFor('STAFF')
    expect(readScanMode('audit', staff)).toBe('lookup')
    expect(readScanMode('harvest', staff)).toBe('harvest')
    expect(readScanMode('audit', scanModesFor('OWNER'))).toBe('audit')
    expect(readScanMode('move', scanModesFor('ACCOUNTANT'))).toBe('lookup')
    expect(readScanMode(null, staff)).toBe('lookup')
    expect(readScanMode('junk', staff)).toBe('lookup')
  })
})
