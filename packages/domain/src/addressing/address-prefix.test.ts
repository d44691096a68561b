import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors/domain-error.ts'
import {
  formatAddressPrefix,
  isAddressWithinPrefix,
  parseAddressPrefix,
  safeParseAddressPrefix,
} from './address-prefix.ts'
import type { AddressPrefix } from './address-types.ts'

const codes = { property: 'MAIN', building: 'GROW1', room: 'VEG-A', section: 'LEFT' }

describe('parseAddressPrefix / formatAddressPrefix', () => {
  it.each<[string, AddressPrefix]>([
    ['MAIN', { level: 'property', parts: { property: 'MAIN' } }],
    ['MAIN.GROW1', { level: 'building', parts: { property: 'MAIN', building: 'GROW1' } }],
    [
      'MAIN.GROW1.VEG-A',
      { level: 'room', parts: { property: 'MAIN', building: 'GROW1', room: 'VEG-A' } },
    ],
    ['MAIN.GROW1.VEG-A.LEFT', { level: 'section', parts: codes }],
    ['MAIN.GROW1.VEG-A.LEFT.R3', { level: 'row', parts: { ...codes, kind: 'table', row: 3 } }],
    [
      'MAIN.GROW1.VEG-A.LEFT.R3.C5',
      { level: 'cell', parts: { ...codes, kind: 'table', row: 3, column: 5 } },
    ],
    [
      'MAIN.GROW1.VEG-A.LEFT.R3.C5.P2',
      { level: 'position', parts: { ...codes, kind: 'table', row: 3, column: 5, slot: 2 } },
    ],
    [
      'MAIN.DRY.DRY-A.RACK1.L2',
      {
        level: 'row',
        parts: {
          property: 'MAIN',
          building: 'DRY',
          room: 'DRY-A',
          section: 'RACK1',
          kind: 'rack',
          level: 2,
        },
      },
    ],
    [
      'MAIN.DRY.DRY-A.RACK1.L2.H5',
      {
        level: 'cell',
        parts: {
          property: 'MAIN',
          building: 'DRY',
          room: 'DRY-A',
          section: 'RACK1',
          kind: 'rack',
          level: 2,
          hanger: 5,
        },
      },
    ],
  ])('[ADDR11] %s', (text, prefix) => {
    const parsed = parseAddressPrefix(text)
    expect(parsed).toStrictEqual(prefix)
    expect(formatAddressPrefix(prefix)).toBe(text)
  })

  it.each([
    ['[ADDR3] rejects an empty segment', 'MAIN..VEG-A', 'ADDRESS.INVALID_SEGMENT', 2],
    ['[ADDR5] rejects R then H', 'MAIN.GROW1.VEG-A.LEFT.R3.H5', 'ADDRESS.INVALID_SEGMENT', 6],
    ['[ADDR7] rejects an empty string', '', 'ADDRESS.EMPTY', undefined],
    ['[ADDR7] rejects eight segments', 'A.B.C.D.R1.C1.P1.P2', 'ADDRESS.TOO_MANY_SEGMENTS', 8],
  ])('%s', (_title, input, code, segmentIndex) => {
    const result = safeParseAddressPrefix(input)
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.code).toBe(code)
    expect(result.error.details['segmentIndex']).toBe(segmentIndex)
  })

  it('[ADDR11] ignores parts below the level when formatting', () => {
    expect(formatAddressPrefix({ level: 'room', parts: { ...codes, kind: 'table', row: 3 } })).toBe(
      'MAIN.GROW1.VEG-A',
    )
  })

  it.each<[string, AddressPrefix, number]>([
    ['a missing room', { level: 'room', parts: { property: 'MAIN', building: 'GROW1' } }, 3],
    ['a row without kind', { level: 'row', parts: codes }, 5],
    ['a rack level given as a row', { level: 'row', parts: { ...codes, kind: 'rack', row: 3 } }, 5],
    ['a bad code', { level: 'building', parts: { property: 'MAIN', building: 'grow1' } }, 2],
  ])('[ADDR10] formatting refuses %s', (_title, prefix, segmentIndex) => {
    expect(() => formatAddressPrefix(prefix)).toThrow(DomainError)
    try {
      formatAddressPrefix(prefix)
    } catch (error) {
      expect((error as DomainError).details['segmentIndex']).toBe(segmentIndex)
    }
  })
})

describe('isAddressWithinPrefix', () => {
  it.each([
    ['MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', 'MAIN', true],
    ['MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', 'MAIN.GROW1.VEG-A', true],
    ['MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', 'MAIN.GROW1.VEG-A.LEFT.R3.C5', true],
    ['MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', true],
    ['MAIN.GROW1.VEG-A', 'MAIN.GROW1.VEG-A', true],
    ['MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', 'MAIN.GROW10', false],
    ['MAIN.GROW10.VEG-A', 'MAIN.GROW1', false],
    ['MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P2', false],
    ['MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', 'MAIN.GROW1.VEG-A.LEFT.R30', false],
    ['MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', 'MAIN.GROW1.VEG-A.LEFT.L3', false],
    ['MAIN.GROW1', 'MAIN.GROW1.VEG-A', false],
    ['OTHER.GROW1.VEG-A', 'MAIN', false],
  ])('[ADDR12] %s within %s → %s', (address, prefix, expected) => {
    expect(isAddressWithinPrefix(address, prefix)).toBe(expected)
  })

  it('[ADDR12] throws for a malformed address or prefix', () => {
    expect(() => isAddressWithinPrefix('MAIN.GROW1', 'main')).toThrow(DomainError)
    expect(() => isAddressWithinPrefix('MAIN..X', 'MAIN')).toThrow(DomainError)
  })
})
