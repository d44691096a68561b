import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors/domain-error.ts'
import { ACCESS_MATRIX, accessLevel, assertCanPerform, canPerform } from './access.ts'
import {
  AccessAreaSchema,
  RoleSchema,
  type AccessArea,
  type AccessLevel,
  type Role,
} from './access.schema.ts'

// A literal copy of "Data Access Patterns" in /work/shared/seeds/architecture.md.
const SEED_TABLE = `
Role CultivationOps Compliance Labor Inventory Integrations Comms
Owner Full Full Full Full Full Full
Compliance Manager Read Full Read Read Read Full
Head Grower Full Read Read Full Read Full
Staff Limited None Limited Read Read Limited
Accountant Read Read Read Read None Read
`

const SEED_AREAS: AccessArea[] = [
  'CULTIVATION_OPS',
  'COMPLIANCE',
  'LABOR',
  'INVENTORY',
  'INTEGRATIONS',
  'COMMS',
]

function seedMatrix(): Map<Role, Map<AccessArea, AccessLevel>> {
  const rows = SEED_TABLE.trim().split('\n').slice(1)
  const matrix = new Map<Role, Map<AccessArea, AccessLevel>>()
  for (const line of rows) {
    const words = line.split(' ')
    const levels = words.slice(-6).map((w) => w.toUpperCase() as AccessLevel)
    const role = RoleSchema.parse(words.slice(0, -6).join('_').toUpperCase())
    matrix.set(role, new Map(SEED_AREAS.map((area, i) => [area, levels[i] ?? 'NONE'])))
  }
  return matrix
}

describe('ACCESS_MATRIX', () => {
  const seed = seedMatrix()

  it('[RBAC1] has a row for every role and the seed has the same roles', () => {
    expect([...seed.keys()].sort()).toEqual([...RoleSchema.options].sort())
    expect(Object.keys(ACCESS_MATRIX).sort()).toEqual([...RoleSchema.options].sort())
  })

  for (const role of RoleSchema.options) {
    for (const area of SEED_AREAS) {
      it(`[RBAC1] ${role} × ${area} matches the seed table`, () => {
        expect(accessLevel(role, area)).toBe(seed.get(role)?.get(area))
      })
    }
  }

  it.each<[Role, AccessLevel]>([
    ['OWNER', 'FULL'],
    ['HEAD_GROWER', 'FULL'],
    ['COMPLIANCE_MANAGER', 'READ'],
    ['STAFF', 'READ'],
    ['ACCOUNTANT', 'READ'],
  ])('[RBAC2] %s has %s on LAYOUT', (role, level) => {
    expect(accessLevel(role, 'LAYOUT')).toBe(level)
  })

  it('[RBAC1] covers every area for every role', () => {
    for (const role of RoleSchema.options) {
      expect(Object.keys(ACCESS_MATRIX[role]).sort()).toEqual([...AccessAreaSchema.options].sort())
    }
  })
})

describe('canPerform', () => {
  // level, action, own → allowed
  const rules: [AccessLevel, 'read' | 'write', boolean, boolean][] = [
    ['FULL', 'read', false, true],
    ['FULL', 'write', false, true],
    ['READ', 'read', false, true],
    ['READ', 'write', false, false],
    ['READ', 'write', true, false],
    ['LIMITED', 'read', false, false],
    ['LIMITED', 'write', false, false],
    ['LIMITED', 'read', true, true],
    ['LIMITED', 'write', true, true],
    ['NONE', 'read', false, false],
    ['NONE', 'read', true, false],
    ['NONE', 'write', true, false],
  ]

  it.each(rules)('[RBAC3] %s %s (own: %s) → %s', (level, action, own, allowed) => {
    const pairs = RoleSchema.options.flatMap((role) =>
      AccessAreaSchema.options
        .filter((area) => accessLevel(role, area) === level)
        .map((area) => [role, area] as const),
    )
    expect(pairs.length).toBeGreaterThan(0)
    for (const [role, area] of pairs) expect(canPerform(role, action, area, { own })).toBe(allowed)
  })

  it.each([
    ['STAFF', 'write', 'CULTIVATION_OPS', { own: true }, true],
    ['STAFF', 'write', 'CULTIVATION_OPS', undefined, false],
    ['STAFF', 'read', 'LABOR', {}, false],
    ['STAFF', 'read', 'COMPLIANCE', { own: true }, false],
    ['STAFF', 'write', 'LAYOUT', undefined, false],
    ['STAFF', 'read', 'LAYOUT', undefined, true],
    ['HEAD_GROWER', 'write', 'LAYOUT', undefined, true],
    ['ACCOUNTANT', 'read', 'INTEGRATIONS', undefined, false],
    ['COMPLIANCE_MANAGER', 'write', 'COMMS', undefined, true],
  ] as const)('[RBAC4] %s may %s %s with %j → %s', (role, action, area, scope, allowed) => {
    expect(canPerform(role, action, area, scope)).toBe(allowed)
  })
})

describe('assertCanPerform', () => {
  it('[RBAC5] returns quietly when allowed', () => {
    expect(() => assertCanPerform('OWNER', 'write', 'COMPLIANCE')).not.toThrow()
    expect(() => assertCanPerform('STAFF', 'write', 'LABOR', { own: true })).not.toThrow()
  })

  it('[RBAC5] throws AUTH.FORBIDDEN with the facts', () => {
    try {
      assertCanPerform('STAFF', 'write', 'LABOR')
      expect.fail('should have thrown')
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError)
      const e = error as DomainError
      expect(e.code).toBe('AUTH.FORBIDDEN')
      expect(e.details).toEqual({
        role: 'STAFF',
        action: 'write',
        area: 'LABOR',
        accessLevel: 'LIMITED',
        own: false,
      })
      expect(e.message).toBe(
        'STAFF may not write in LABOR: access is LIMITED (only their own records).',
      )
    }
  })
})
