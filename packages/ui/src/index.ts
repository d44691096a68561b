export { Alert, type AlertProps } from './alert.tsx'
export { EmptyState, type EmptyStateProps } from './empty-state.tsx'
export {
  createI18n,
  isLocale,
  matchLocale,
  resolveLocale,
  type CreateI18nOptions,
  type LocaleSources,
} from './i18n.ts'
export { LanguageSelect, type LanguageSelectProps } from './language-select.tsx'
export { LoadingState, type LoadingStateProps } from './loading-state.tsx'
export { Spinner, type SpinnerProps } from './spinner.tsx'
