import { describe, expect, it } from 'vitest'
import { LocaleSchema, SetLocaleInputSchema, SignInInputSchema } from './auth.schema.ts'

describe('SignInInputSchema', () => {
  it.each([
    ['ana@farm.com', 'ana@farm.com'],
    ['  Ana.Lopez@Farm.COM \n', 'ana.lopez@farm.com'],
    [`${'a'.repeat(64)}@${'b'.repeat(180)}.com`, `${'a'.repeat(64)}@${'b'.repeat(180)}.com`],
  ])('[AUTH1] accepts %j as %j', (email, expected) => {
    expect(SignInInputSchema.parse({ email, password: 'x' }).email).toBe(expected)
  })

  it.each([
    ['an empty e-mail', '', 'x'],
    ['whitespace only', '   ', 'x'],
    ['no @', 'ana.farm.com', 'x'],
    ['no domain', 'ana@', 'x'],
    ['255 characters', `${'a'.repeat(64)}@${'b'.repeat(186)}.com`, 'x'],
    ['an empty password', 'ana@farm.com', ''],
    ['a 513-character password', 'ana@farm.com', 'p'.repeat(513)],
  ])('[AUTH1] refuses %s', (_title, email, password) => {
    expect(SignInInputSchema.safeParse({ email, password }).success).toBe(false)
  })

  it('[AUTH1] keeps the password exactly as typed', () => {
    expect(SignInInputSchema.parse({ email: 'a@b.co', password: ' pa ss ' }).password).toBe(
      ' pa ss ',
    )
    expect(
      SignInInputSchema.parse({ email: 'a@b.co', password: 'p'.repeat(512) }).password,
    ).toHaveLength(512)
  })
})

describe('locale', () => {
  it.each([
    ['en', true],
    ['es', true],
    ['fr', false],
    ['EN', false],
  ])('[AUTH2] %s → %s', (locale, ok) => {
    expect(LocaleSchema.safeParse(locale).success).toBe(ok)
    expect(SetLocaleInputSchema.safeParse({ locale }).success).toBe(ok)
  })
})
