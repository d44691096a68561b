export {
  DEFAULT_LOCALE,
  EMAIL_MAX_LENGTH,
  LocaleSchema,
  PASSWORD_MAX_LENGTH,
  SetLocaleInputSchema,
  SignInInputSchema,
  SUPPORTED_LOCALES,
  type Locale,
  type SetLocaleInput,
  type SignInInput,
} from './auth.schema.ts'
