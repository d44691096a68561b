import { describe, expect, it } from 'vitest'
import { fieldErrorsFromApi, validateSignIn } from './sign-in-validation.ts'

describe('validateSignIn', () => {
  it.each([
    [
      { email: '', password: '' },
      { email: 'auth.validation.emailRequired', password: 'auth.validation.passwordRequired' },
    ],
    [{ email: '   ', password: 'x' }, { email: 'auth.validation.emailRequired' }],
    [{ email: 'ana@', password: 'x' }, { email: 'auth.validation.emailInvalid' }],
    [
      { email: 'ana.example.com', password: '' },
      { email: 'auth.validation.emailInvalid', password: 'auth.validation.passwordRequired' },
    ],
  ])('reports %o as %o', (values, errors) => {
    expect(validateSignIn(values)).toEqual({ ok: false, errors })
  })

  it('accepts a valid e-mail the way the api does: trimmed and lower-cased', () => {
    expect(validateSignIn({ email: ' Ana@Farm.COM ', password: ' secret ' })).toEqual({
      ok: true,
      input: { email: 'ana@farm.com', password: ' secret ' },
    })
  })
})

describe('fieldErrorsFromApi', () => {
  it('marks only the form fields the api named', () => {
    expect(fieldErrorsFromApi({ email: ['Invalid email'], other: ['x'] })).toEqual({
      email: 'auth.validation.fieldInvalid',
    })
  })
})
