import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PositionAddress } from '../addressing/address-types.ts'
import { formatPositionAddress, parsePositionAddress } from '../addressing/position-address.ts'
import { DomainError } from '../errors/domain-error.ts'
import { HIERARCHY_CODE_LEVELS } from './hierarchy-code.ts'
import {
  addressSegmentOfLevel,
  defaultMetrcLocationName,
  hierarchyLabel,
  readdressPosition,
} from './readdress.ts'

const code = fc.stringMatching(/^[A-Z0-9](?:[A-Z0-9-]{0,14}[A-Z0-9])?$/)
const num = fc.integer({ min: 1, max: 9999 })
const codes = { property: code, building: code, room: code, section: code }
const positionAddress: fc.Arbitrary<PositionAddress> = fc.oneof(
  fc.record({ kind: fc.constant('table' as const), ...codes, row: num, column: num, slot: num }),
  fc.record({ kind: fc.constant('rack' as const), ...codes, level: num, hanger: num, slot: num }),
)
const level = fc.constantFrom(...HIERARCHY_CODE_LEVELS)

describe('readdressPosition', () => {
  it.each([
    ['property', 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', 'NORTH', 'NORTH.GROW1.VEG-A.LEFT.R3.C5.P1'],
    ['building', 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', 'GROW2', 'MAIN.GROW2.VEG-A.LEFT.R3.C5.P1'],
    ['room', 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', 'VEG-B', 'MAIN.GROW1.VEG-B.LEFT.R3.C5.P1'],
    ['section', 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', 'R1', 'MAIN.GROW1.VEG-A.R1.R3.C5.P1'],
    ['room', 'MAIN.DRY.DRY-A.RACK1.L2.H5.P1', 'DRY-B', 'MAIN.DRY.DRY-B.RACK1.L2.H5.P1'],
    ['building', 'MAIN.DRY.DRY.RACK1.L2.H5.P3', 'DRY2', 'MAIN.DRY2.DRY.RACK1.L2.H5.P3'],
  ] as const)('[HIER3] renaming the %s of %s to %s gives %s', (lvl, address, newCode, expected) => {
    expect(readdressPosition(address, lvl, newCode)).toBe(expected)
  })

  it('[HIER3] changes only the renamed segment, never the rest, and keeps the form', () => {
    fc.assert(
      fc.property(positionAddress, level, code, (parts, lvl, newCode) => {
        const before = formatPositionAddress(parts)
        const after = readdressPosition(before, lvl, newCode)
        const index = addressSegmentOfLevel(lvl) - 1
        const a = before.split('.')
        const b = after.split('.')
        expect(b).toHaveLength(7)
        b.forEach((segment, i) => expect(segment).toBe(i === index ? newCode : a[i]))
        expect(parsePositionAddress(after).kind).toBe(parts.kind)
      }),
    )
  })

  it('[HIER3] renaming back restores the address, and renaming twice is renaming once', () => {
    fc.assert(
      fc.property(positionAddress, level, code, code, (parts, lvl, first, second) => {
        const before = formatPositionAddress(parts)
        const oldCode = parts[lvl]
        expect(readdressPosition(readdressPosition(before, lvl, first), lvl, oldCode)).toBe(before)
        expect(readdressPosition(readdressPosition(before, lvl, first), lvl, second)).toBe(
          readdressPosition(before, lvl, second),
        )
      }),
    )
  })

  it('[HIER3] refuses a bad code or a malformed address with the address error', () => {
    expect(() => readdressPosition('MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', 'room', 'veg-b')).toThrow(
      DomainError,
    )
    expect(() => readdressPosition('MAIN.GROW1.VEG-A.LEFT.R3.C5', 'room', 'VEG-B')).toThrow(
      /not a plant position/,
    )
  })

  it('[HIER3] maps levels to address segments 1–4', () => {
    expect(HIERARCHY_CODE_LEVELS.map(addressSegmentOfLevel)).toEqual([1, 2, 3, 4])
  })
})

describe('labels and Metrc names', () => {
  it('[HIER5] names a room’s Metrc location "<BUILDING> <ROOM>" by default', () => {
    expect(defaultMetrcLocationName('GROW1', 'VEG-A')).toBe('GROW1 VEG-A')
  })

  it('labels an entity with its address prefix', () => {
    expect(hierarchyLabel(['MAIN', 'GROW1', 'VEG-A'])).toBe('MAIN.GROW1.VEG-A')
  })
})
