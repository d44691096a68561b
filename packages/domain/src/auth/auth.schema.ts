import { z } from 'zod'

export const EMAIL_MAX_LENGTH = 254
export const PASSWORD_MAX_LENGTH = 512

/**
 * Sign-in form and `auth.signIn` input. The e-mail is trimmed and lower-cased
 * before it is checked, so `" Ana@Farm.COM "` signs in as `ana@farm.com`; the
 * password is taken exactly as typed.
 */
export const SignInInputSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(EMAIL_MAX_LENGTH)
    // A pipe, because z.email().trim() would check the format before trimming.
    .pipe(z.email()),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
})
export type SignInInput = z.infer<typeof SignInInputSchema>

/** The interface languages. */
export const SUPPORTED_LOCALES = ['en', 'es'] as const

export const LocaleSchema = z.enum(SUPPORTED_LOCALES)
export type Locale = z.infer<typeof LocaleSchema>

export const DEFAULT_LOCALE: Locale = 'en'

/** Input for changing a user's interface language. */
export const SetLocaleInputSchema = z.object({ locale: LocaleSchema })
export type SetLocaleInput = z.infer<typeof SetLocaleInputSchema>
