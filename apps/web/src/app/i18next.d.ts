// Typed translation keys: `t('auth.signIn.emial')` is a compile error.
import 'i18next'
import type { resources } from '../locales/resources.ts'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: (typeof resources)['en']
  }
}
