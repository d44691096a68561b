import { describe, expect, it } from 'vitest'
import { addressesRole, isAnnouncementActive, isInAudience } from './audience.ts'

const NOW = new Date('2026-05-01T12:00:00Z')
const P1 = 'property-1'
const P2 = 'property-2'

describe('announcement audience', () => {
  it('[COMM1] no roles means every role; otherwise only the named roles', () => {
    expect(addressesRole([], 'STAFF')).toBe(true)
    expect(addressesRole(['STAFF'], 'STAFF')).toBe(true)
    expect(addressesRole(['HEAD_GROWER', 'OWNER'], 'STAFF')).toBe(false)
  })

  it('[COMM2] an announcement expires at expiresAt', () => {
    expect(isAnnouncementActive({ expiresAt: null }, NOW)).toBe(true)
    expect(isAnnouncementActive({ expiresAt: new Date(NOW.getTime() + 1) }, NOW)).toBe(true)
    expect(isAnnouncementActive({ expiresAt: NOW }, NOW)).toBe(false)
  })

  it.each([
    [{ propertyId: null, roles: [], expiresAt: null }, { role: 'STAFF' }, true],
    [{ propertyId: P1, roles: [], expiresAt: null }, { role: 'STAFF' }, true],
    [{ propertyId: P1, roles: [], expiresAt: null }, { role: 'STAFF', propertyId: P1 }, true],
    [{ propertyId: P1, roles: [], expiresAt: null }, { role: 'STAFF', propertyId: P2 }, false],
    [{ propertyId: null, roles: [], expiresAt: null }, { role: 'STAFF', propertyId: P2 }, true],
    [{ propertyId: null, roles: ['OWNER'], expiresAt: null }, { role: 'STAFF' }, false],
    [{ propertyId: null, roles: [], expiresAt: new Date(0) }, { role: 'STAFF' }, false],
  ] as const)('[COMM1][COMM2] %o for %o → %s', (announcement, member, expected) => {
    expect(isInAudience(announcement, member, NOW)).toBe(expected)
  })
})
