import { Alert, Spinner } from '@growops/ui'
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { readApiError, translateApiError } from '../../../app/api-errors.ts'
import { useSignIn } from '../hooks/use-sign-in.ts'
import {
  fieldErrorsFromApi,
  validateSignIn,
  type SignInField,
  type SignInFieldErrors,
} from '../sign-in-validation.ts'
import { TextField } from './text-field.tsx'

function textOf(value: FormDataEntryValue | null): string {
  return typeof value === 'string' ? value : ''
}

/** E-mail + password form; on success the route guard takes the person onwards. */
export function SignInForm() {
  const { t, i18n } = useTranslation()
  const signIn = useSignIn()
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({})
  const emailRef = useRef<HTMLInputElement>(null)
  const passwordRef = useRef<HTMLInputElement>(null)

  function focusFirstInvalid(errors: SignInFieldErrors) {
    if (errors.email) emailRef.current?.focus()
    else if (errors.password) passwordRef.current?.focus()
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (signIn.isPending) return
    const form = new FormData(event.currentTarget)
    const values = { email: textOf(form.get('email')), password: textOf(form.get('password')) }
    const validation = validateSignIn(values)
    if (!validation.ok) {
      signIn.reset()
      setFieldErrors(validation.errors)
      focusFirstInvalid(validation.errors)
      return
    }
    setFieldErrors({})
    signIn.mutate(validation.input, {
      onError: (error) => {
        const apiFieldErrors = fieldErrorsFromApi(readApiError(error).fieldErrors)
        setFieldErrors(apiFieldErrors)
        focusFirstInvalid(apiFieldErrors)
      },
    })
  }

  function clearError(field: SignInField) {
    if (fieldErrors[field]) setFieldErrors(({ [field]: _cleared, ...rest }) => rest)
  }

  const serverError = signIn.isError ? translateApiError(i18n, signIn.error) : null

  return (
    <form className="stack" noValidate onSubmit={handleSubmit}>
      <Alert>{serverError}</Alert>
      <TextField
        ref={emailRef}
        name="email"
        type="email"
        label={t('auth.signIn.email')}
        autoComplete="username"
        inputMode="email"
        error={fieldErrors.email ? t(fieldErrors.email) : null}
        onChange={() => clearError('email')}
      />
      <TextField
        ref={passwordRef}
        name="password"
        type="password"
        label={t('auth.signIn.password')}
        autoComplete="current-password"
        error={fieldErrors.password ? t(fieldErrors.password) : null}
        onChange={() => clearError('password')}
      />
      <button
        type="submit"
        className="ui-button ui-button--primary button--block"
        aria-disabled={signIn.isPending}
      >
        {signIn.isPending ? <Spinner size="small" /> : null}
        {signIn.isPending ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
      </button>
    </form>
  )
}
