import { TRPCClientError } from '@trpc/client'
import { createI18n } from '@growops/ui'
import { describe, expect, it } from 'vitest'
import { resources } from '../locales/resources.ts'
import { readApiError, retryAfterMinutes, translateApiError } from './api-errors.ts'

function apiError(data: Record<string, unknown>) {
  return new TRPCClientError('failed', {
    result: { error: { code: -32001, message: 'failed', data } },
  })
}

const en = createI18n({ resources, lng: 'en', syncDocumentLang: false })
const es = createI18n({ resources, lng: 'es', syncDocumentLang: false })

describe('translateApiError', () => {
  it('never reveals whether the e-mail exists', () => {
    const error = apiError({ messageKey: 'errors.AUTH.INVALID_CREDENTIALS', details: {} })
    expect(translateApiError(en, error)).toBe('E-mail or password is incorrect.')
    expect(translateApiError(es, error)).toBe(
      'El correo electrónico o la contraseña no son correctos.',
    )
  })

  it.each([
    [30, 'Too many sign-in attempts. Try again in 1 minute.'],
    [61, 'Too many sign-in attempts. Try again in 2 minutes.'],
    [900, 'Too many sign-in attempts. Try again in 15 minutes.'],
  ])('says how long to wait after %i seconds', (retryAfterSeconds, message) => {
    const error = apiError({
      messageKey: 'errors.AUTH.TOO_MANY_ATTEMPTS',
      details: { retryAfterSeconds },
    })
    expect(translateApiError(en, error)).toBe(message)
  })

  it('waits in Spanish too', () => {
    const error = apiError({
      messageKey: 'errors.AUTH.TOO_MANY_ATTEMPTS',
      details: { retryAfterSeconds: 300 },
    })
    expect(translateApiError(es, error)).toBe(
      'Demasiados intentos de inicio de sesión. Inténtalo de nuevo dentro de 5 minutos.',
    )
  })

  it('falls back to a generic message for keys it does not know', () => {
    expect(translateApiError(en, apiError({ messageKey: 'errors.SOMETHING.NEW' }))).toBe(
      'Something went wrong. Try again.',
    )
    expect(translateApiError(en, apiError({ messageKey: 'not-a-key' }))).toBe(
      'Something went wrong. Try again.',
    )
  })

  it('treats an error without api data as an unreachable server', () => {
    expect(translateApiError(en, new TypeError('Failed to fetch'))).toBe(
      'Can’t reach the server. Check your connection and try again.',
    )
  })
})

describe('readApiError', () => {
  it('keeps only string field messages', () => {
    const info = readApiError(
      apiError({ messageKey: 'errors.VALIDATION.FAILED', fieldErrors: { email: ['Bad', 3] } }),
    )
    expect(info.fieldErrors).toEqual({ email: ['Bad'] })
  })
})

describe('retryAfterMinutes', () => {
  it.each([
    [{}, null],
    [{ retryAfterSeconds: 0 }, null],
    [{ retryAfterSeconds: '60' }, null],
    [{ retryAfterSeconds: 1 }, 1],
    [{ retryAfterSeconds: 120 }, 2],
  ])('%o → %o', (details, minutes) => {
    expect(retryAfterMinutes(details)).toBe(minutes)
  })
})
