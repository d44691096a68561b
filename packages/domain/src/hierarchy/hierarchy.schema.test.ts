import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkHierarchyCode } from './hierarchy-code.ts'
import {
  BuildingUpdateInputSchema,
  PropertyCreateInputSchema,
  PropertyUpdateInputSchema,
  RoomCodeSchema,
  RowCreateInputSchema,
  SectionCreateInputSchema,
} from './hierarchy.schema.ts'

const ID = '6f1c1f4e-2f1a-4c8e-9a53-8a0f5c7c1d2e'

function firstMessage(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues[0]?.message
}

describe('hierarchy codes', () => {
  it.each([
    ['', 'Room code "" is empty; give 1 to 16 characters from A-Z, 0-9 and -.'],
    ['VEG A', 'Room code "VEG A" contains a space; codes use only A-Z, 0-9 and -.'],
    ['veg-a', 'Room code "veg-a" has lower-case letters; codes are upper-case.'],
    ['VEG.A', 'Room code "VEG.A" contains "."; codes use only A-Z, 0-9 and -.'],
    ['VEG_A', 'Room code "VEG_A" contains "_"; codes use only A-Z, 0-9 and -.'],
    ['-VEG', 'Room code "-VEG" starts or ends with a hyphen.'],
    [
      'ABCDEFGHIJKLMNOPQ',
      'Room code "ABCDEFGHIJKLMNOPQ" is 17 characters long; codes have at most 16.',
    ],
  ])('[HIER1] refuses %j: %s', (code, message) => {
    expect(checkHierarchyCode('room', code)?.message).toBe(message)
    expect(firstMessage(RoomCodeSchema.safeParse(code))).toBe(message)
  })

  it.each(['MAIN', 'VEG-A', 'R1', 'A', 'ABCDEFGHIJKLMNOP', 'T-12'])(
    '[HIER1] accepts %s unchanged',
    (code) => {
      expect(checkHierarchyCode('section', code)).toBeNull()
      expect(RoomCodeSchema.parse(code)).toBe(code)
    },
  )

  it('[HIER1] accepts exactly what address segments accept (ADDR2)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const valid = /^[A-Z0-9](?:[A-Z0-9-]{0,14}[A-Z0-9])?$/.test(text)
        expect(RoomCodeSchema.safeParse(text).success).toBe(valid)
      }),
    )
  })
})

describe('hierarchy inputs', () => {
  it('[HIER1] turns blank optional text into null and trims names', () => {
    expect(
      PropertyCreateInputSchema.parse({ code: 'MAIN', name: '  Main  ', licenseNumber: '  ' }),
    ).toEqual({ code: 'MAIN', name: 'Main', licenseNumber: null })
  })

  it('[HIER1] refuses an update that changes nothing', () => {
    expect(firstMessage(PropertyUpdateInputSchema.safeParse({ propertyId: ID }))).toBe(
      'Give at least one field to change.',
    )
    expect(BuildingUpdateInputSchema.safeParse({ buildingId: ID, type: 'DRYING' }).success).toBe(
      true,
    )
  })

  it('[HIER1] bounds grids like GRID3 and defaults slots to 1', () => {
    const section = { roomId: ID, code: 'LEFT', name: 'Left', type: 'TABLE', rows: 6, columns: 8 }
    expect(SectionCreateInputSchema.parse(section).slotsPerPosition).toBe(1)
    expect(firstMessage(SectionCreateInputSchema.safeParse({ ...section, rows: 201 }))).toBe(
      'rows must be a whole number from 1 to 200.',
    )
    expect(firstMessage(RowCreateInputSchema.safeParse({ sectionId: ID, columns: 0 }))).toBe(
      'columns must be a whole number from 1 to 200.',
    )
  })
})
