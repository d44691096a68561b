import { describe, expect, it } from 'vitest'
import { RoleSchema } from '../rbac/access.schema.ts'
import { accessLevel } from '../rbac/access.ts'
import { canClockOwnTime } from './clock-access.ts'

describe('canClockOwnTime', () => {
  it('[LAB11] every role with labor access records its own time, read roles included', () => {
    for (const role of RoleSchema.options) {
      expect(canClockOwnTime(role)).toBe(accessLevel(role, 'LABOR') !== 'NONE')
    }
    expect(canClockOwnTime('ACCOUNTANT')).toBe(true)
    expect(canClockOwnTime('HEAD_GROWER')).toBe(true)
    expect(canClockOwnTime('STAFF')).toBe(true)
  })
})
