import { describe, expect, it } from 'vitest'
import {
  AUDIT_LIST_DEFAULT_LIMIT,
  AuditExportQuerySchema,
  AuditListInputSchema,
  resolveAuditRange,
} from './audit-query.schema.ts'

const ORG = '0b6f3c1e-8a55-4a43-9c1e-2f7a7d1e5b10'

describe('AuditListInputSchema', () => {
  it('[AUD3] defaults the page size', () => {
    expect(AuditListInputSchema.parse({}).limit).toBe(AUDIT_LIST_DEFAULT_LIMIT)
  })

  it.each([
    ['[AUD3] a limit above 200', { limit: 201 }, 'limit'],
    ['[AUD3] a limit of 0', { limit: 0 }, 'limit'],
    ['[AUD3] a cursor that is not a seq', { cursor: 'abc' }, 'cursor'],
    ['[AUD3] a negative cursor', { cursor: '-1' }, 'cursor'],
    ['[AUD3] a date that is not ISO', { from: '03/01/2026' }, 'from'],
    ['[AUD3] a date-time without a zone', { from: '2026-03-01T08:00:00' }, 'from'],
    ['[AUD3] an empty entity type', { entityType: '  ' }, 'entityType'],
    ['[AUD3] an actor that is not a user id', { actorId: 'bob' }, 'actorId'],
    ['[AUD3] from after to', { from: '2026-03-02', to: '2026-03-01' }, 'to'],
  ])('refuses %s', (_name, input, path) => {
    const result = AuditListInputSchema.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual([path])
  })

  it('[AUD3] accepts a single whole day', () => {
    expect(AuditListInputSchema.safeParse({ from: '2026-03-01', to: '2026-03-01' }).success).toBe(
      true,
    )
  })
})

describe('AuditExportQuerySchema', () => {
  it('[AUD3] refuses parameters it does not know, so a typo is not silently ignored', () => {
    const result = AuditExportQuerySchema.safeParse({ organizationId: ORG, form: '2026-03-01' })
    expect(result.success).toBe(false)
  })

  it('[AUD3] needs an organization id', () => {
    expect(AuditExportQuerySchema.safeParse({}).success).toBe(false)
  })
})

describe('resolveAuditRange', () => {
  it.each([
    [
      '[AUD3] whole UTC days at both ends',
      '2026-03-01',
      '2026-03-31',
      '2026-03-01T00:00:00.000Z',
      '2026-04-01T00:00:00.000Z',
    ],
    [
      '[AUD3] exact instants as given',
      '2026-03-01T08:00:00Z',
      '2026-03-01T09:30:00+01:00',
      '2026-03-01T08:00:00.000Z',
      '2026-03-01T08:30:00.000Z',
    ],
  ])('%s', (_name, from, to, expectedFrom, expectedTo) => {
    const range = resolveAuditRange(from, to)
    expect(range.from?.toISOString()).toBe(expectedFrom)
    expect(range.to?.toISOString()).toBe(expectedTo)
  })

  it('[AUD3] an open end is null', () => {
    expect(resolveAuditRange()).toEqual({ from: null, to: null })
  })
})
