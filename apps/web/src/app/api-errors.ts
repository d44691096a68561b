// Turns any error from a tRPC call into a translated sentence. The api sends a
// `messageKey` (`errors.AUTH.INVALID_CREDENTIALS`, `errors.http.NOT_FOUND` …);
// unknown keys and transport failures get a generic message instead.
import { TRPCClientError } from '@trpc/client'
import type { i18n as I18n } from 'i18next'

export interface ApiErrorInfo {
  messageKey: string | null
  details: Record<string, unknown>
  fieldErrors: Record<string, string[]>
  /** No answer from the api at all (offline, proxy error, server down). */
  unreachable: boolean
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads the error data the api's error formatter adds, defensively. */
export function readApiError(error: unknown): ApiErrorInfo {
  const data: unknown = error instanceof TRPCClientError ? error.data : undefined
  if (!isRecord(data)) {
    return { messageKey: null, details: {}, fieldErrors: {}, unreachable: true }
  }
  const fieldErrors: Record<string, string[]> = {}
  if (isRecord(data.fieldErrors)) {
    for (const [path, messages] of Object.entries(data.fieldErrors)) {
      if (Array.isArray(messages)) fieldErrors[path] = messages.filter((m) => typeof m === 'string')
    }
  }
  return {
    messageKey: typeof data.messageKey === 'string' ? data.messageKey : null,
    details: isRecord(data.details) ? data.details : {},
    fieldErrors,
    unreachable: false,
  }
}

/** Minutes to wait, rounded up, from `details.retryAfterSeconds`; null when absent. */
export function retryAfterMinutes(details: Record<string, unknown>): number | null {
  const seconds = details.retryAfterSeconds
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return null
  return Math.max(1, Math.ceil(seconds / 60))
}

/** A translated, human sentence for any error a tRPC call can raise. */
export function translateApiError(i18n: I18n, error: unknown): string {
  const info = readApiError(error)
  if (info.unreachable) return i18n.t('errors.NETWORK')
  if (info.messageKey === 'errors.AUTH.TOO_MANY_ATTEMPTS') {
    const minutes = retryAfterMinutes(info.details)
    if (minutes !== null) return i18n.t('errors.AUTH.TOO_MANY_ATTEMPTS_WAIT', { count: minutes })
  }
  const fallback = i18n.t('errors.UNKNOWN')
  if (!info.messageKey?.startsWith('errors.')) return fallback
  // A key this build doesn't know (a newer api) falls back to the generic message.
  return i18n.t(info.messageKey, { defaultValue: fallback })
}
