import { describe, expect, it } from 'vitest'
import { normalizeAddressInput } from './normalize-address-input.ts'
import { parsePositionAddress } from './position-address.ts'

describe('normalizeAddressInput', () => {
  it.each([
    ['main.grow1.veg-a.left.r3.c5.p1', 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1'],
    ['  MAIN.GROW1.VEG-A.LEFT.R3.C5.P1\n', 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1'],
    ['main . grow1 .veg-a.\tleft . r3.c5.p1', 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1'],
    ['MAIN.GROW 1', 'MAIN.GROW 1'],
    ['', ''],
  ])('[ADDR8] %j → %j', (input, expected) => {
    expect(normalizeAddressInput(input)).toBe(expected)
  })

  it('[ADDR8] makes typed input parseable and keeps inner spaces for the parser to name', () => {
    expect(
      parsePositionAddress(normalizeAddressInput(' main.dry.dry-a.rack1.l2.h5.p1 ')).kind,
    ).toBe('rack')
    expect(() =>
      parsePositionAddress(normalizeAddressInput('main.gr ow1.veg-a.left.r3.c5.p1')),
    ).toThrow(/segment 2 "GR OW1".*contains a space/)
  })

  it('[ADDR8] stays fast on long runs of spaces', () => {
    const started = Date.now()
    normalizeAddressInput(`A${' '.repeat(200_000)}B`)
    expect(Date.now() - started).toBeLessThan(1000)
  })
})
