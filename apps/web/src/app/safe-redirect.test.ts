import { describe, expect, it } from 'vitest'
import { safeNextPath, signInPathFor } from './safe-redirect.ts'

describe('safeNextPath', () => {
  it.each([
    [null, '/'],
    ['', '/'],
    ['/rooms/veg-a?tab=plants#r3', '/rooms/veg-a?tab=plants#r3'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/sign-in', '/'],
    ['/sign-in?next=/x', '/'],
  ])('%s → %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected)
  })
})

describe('signInPathFor', () => {
  it('adds where the person was going, except home', () => {
    expect(signInPathFor({ pathname: '/', search: '' })).toBe('/sign-in')
    expect(signInPathFor({ pathname: '/rooms', search: '?a=1' })).toBe(
      '/sign-in?next=%2Frooms%3Fa%3D1',
    )
  })
})
