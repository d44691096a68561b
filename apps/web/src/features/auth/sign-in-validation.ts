// The sign-in form checks its input with the very schema `auth.signIn` uses, and
// maps each problem to a translation key instead of zod's English message.
import { SignInInputSchema, type SignInInput } from '@growops/domain'

export type SignInField = 'email' | 'password'
export type SignInErrorKey =
  | 'auth.validation.emailRequired'
  | 'auth.validation.emailInvalid'
  | 'auth.validation.passwordRequired'
  | 'auth.validation.fieldInvalid'

export type SignInFieldErrors = Partial<Record<SignInField, SignInErrorKey>>

export type SignInValidation =
  { ok: true; input: SignInInput } | { ok: false; errors: SignInFieldErrors }

function errorKeyFor(field: SignInField, issueCode: string, value: string): SignInErrorKey {
  if (field === 'email') {
    return value.trim() === '' ? 'auth.validation.emailRequired' : 'auth.validation.emailInvalid'
  }
  return issueCode === 'too_small'
    ? 'auth.validation.passwordRequired'
    : 'auth.validation.fieldInvalid'
}

/** Validates the form values; the first problem of each field is reported. */
export function validateSignIn(values: { email: string; password: string }): SignInValidation {
  const result = SignInInputSchema.safeParse(values)
  if (result.success) return { ok: true, input: result.data }
  const errors: SignInFieldErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0]
    if ((field === 'email' || field === 'password') && !errors[field]) {
      errors[field] = errorKeyFor(field, issue.code, values[field])
    }
  }
  return { ok: false, errors }
}

/** Marks the fields the api rejected (its `fieldErrors`), with a generic message. */
export function fieldErrorsFromApi(fieldErrors: Record<string, string[]>): SignInFieldErrors {
  const errors: SignInFieldErrors = {}
  for (const field of ['email', 'password'] as const) {
    if (fieldErrors[field]?.length) errors[field] = 'auth.validation.fieldInvalid'
  }
  return errors
}
