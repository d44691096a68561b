import { describe, expect, it } from 'vitest'
import {
  DOMAIN_ERROR_CODES,
  DomainError,
  isDomainError,
  isDomainErrorCode,
  messageKeyForCode,
} from './domain-error.ts'
import { DomainErrorCodeSchema } from './domain-error.schema.ts'

describe('DomainError', () => {
  it('[ERR1] is an Error with a stable code, a message and details', () => {
    const error = new DomainError('NOT_FOUND', 'Plant 42 was not found.', { plantId: '42' })
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('DomainError')
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toBe('Plant 42 was not found.')
    expect(error.details).toEqual({ plantId: '42' })
  })

  it('[ERR1] defaults the message to the code and details to {}', () => {
    const error = new DomainError('CONFLICT')
    expect(error.message).toBe('CONFLICT')
    expect(error.details).toEqual({})
  })

  it('[ERR1] keeps a cause', () => {
    const cause = new Error('db said no')
    expect(new DomainError('CONFLICT', 'x', {}, { cause }).cause).toBe(cause)
  })

  it.each(DOMAIN_ERROR_CODES)('[ERR2] %s has messageKey errors.<code>', (code) => {
    expect(new DomainError(code).messageKey).toBe(`errors.${code}`)
    expect(messageKeyForCode(code)).toBe(`errors.${code}`)
  })
})

describe('isDomainError', () => {
  it.each([
    ['a DomainError', new DomainError('AUTH.FORBIDDEN'), true],
    ['a plain Error', new Error('x'), false],
    ['a string', 'AUTH.FORBIDDEN', false],
    ['null', null, false],
    [
      'an object shaped like one but not an Error',
      { name: 'DomainError', code: 'NOT_FOUND', details: {} },
      false,
    ],
  ])('[ERR3] %s → %s', (_label, value, expected) => {
    expect(isDomainError(value)).toBe(expected)
  })

  it('[ERR3] recognises one from a second copy of the package', () => {
    const foreign = Object.assign(new Error('x'), {
      name: 'DomainError',
      code: 'NOT_FOUND',
      details: {},
    })
    expect(isDomainError(foreign)).toBe(true)
    expect(
      isDomainError(
        Object.assign(new Error('x'), { name: 'DomainError', code: 'NOPE', details: {} }),
      ),
    ).toBe(false)
  })
})

describe('DOMAIN_ERROR_CODES', () => {
  it('[ERR4] are unique and shaped AREA.NAME or NAME', () => {
    expect(new Set(DOMAIN_ERROR_CODES).size).toBe(DOMAIN_ERROR_CODES.length)
    for (const code of DOMAIN_ERROR_CODES) expect(code).toMatch(/^[A-Z_]+(\.[A-Z_]+)?$/)
  })

  it('[ERR4] include the codes the api and web rely on', () => {
    expect(DOMAIN_ERROR_CODES).toEqual(
      expect.arrayContaining([
        'ADDRESS.INVALID_SEGMENT',
        'ADDRESS.EMPTY',
        'ADDRESS.TOO_MANY_SEGMENTS',
        'GRID.OUT_OF_RANGE',
        'AUTH.INVALID_CREDENTIALS',
        'AUTH.TOO_MANY_ATTEMPTS',
        'AUTH.UNAUTHENTICATED',
        'AUTH.FORBIDDEN',
        'VALIDATION.FAILED',
        'NOT_FOUND',
      ]),
    )
  })

  it('[ERR4] the schema and the guard accept exactly the listed codes', () => {
    for (const code of DOMAIN_ERROR_CODES) {
      expect(DomainErrorCodeSchema.safeParse(code).success).toBe(true)
      expect(isDomainErrorCode(code)).toBe(true)
    }
    expect(DomainErrorCodeSchema.safeParse('ADDRESS.NOPE').success).toBe(false)
    expect(isDomainErrorCode('ADDRESS.NOPE')).toBe(false)
  })
})
