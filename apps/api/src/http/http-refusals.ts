// What the plain-HTTP downloads share: a JSON refusal a person can act on (with the message key
// the web app translates), query parameters parsed by a zod schema with one message per field,
// and telling a client that went away mid-download from a real failure.
import type { ServerResponse } from 'node:http'
import type { z } from 'zod'
import { messageKeyForCode, type DomainErrorCode } from '@growops/domain'

export interface HttpRefusal {
  status: 400 | 401 | 403 | 404 | 405 | 413 | 415 | 500
  code: DomainErrorCode | 'METHOD_NOT_ALLOWED'
  error: string
  fieldErrors?: Record<string, string[]>
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; refusal: HttpRefusal }

export function refuse(res: ServerResponse, refusal: HttpRefusal): void {
  const { status, code, ...body } = refusal
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  const messageKey = code === 'METHOD_NOT_ALLOWED' ? null : messageKeyForCode(code)
  res.end(JSON.stringify({ ...body, code, messageKey }))
}

/**
 * A download's query string by `schema`: each parameter at most once; otherwise a 400 naming
 * every bad field, ending with `parameters` (what the export takes) so the fix is clear.
 */
export function parseExportQuery<T>(url: URL, schema: z.ZodType<T>, parameters: string): Parsed<T> {
  const raw: Record<string, string> = {}
  for (const [key, value] of url.searchParams) {
    if (key in raw) {
      return {
        ok: false,
        refusal: {
          status: 400,
          code: 'VALIDATION.FAILED',
          error: `Give "${key}" once.`,
          fieldErrors: { [key]: ['Given more than once.'] },
        },
      }
    }
    raw[key] = value
  }
  const parsed = schema.safeParse(raw)
  if (parsed.success) return { ok: true, value: parsed.data }
  const fieldErrors: Record<string, string[]> = {}
  for (const issue of parsed.error.issues) {
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : []
    for (const key of unknownKeys) (fieldErrors[key] ??= []).push('Not a parameter of this export.')
    if (unknownKeys.length === 0) (fieldErrors[issue.path.join('.')] ??= []).push(issue.message)
  }
  const summary = Object.entries(fieldErrors)
    .map(([field, messages]) => `${field}: ${messages.join(' ')}`)
    .join('; ')
  return {
    ok: false,
    refusal: {
      status: 400,
      code: 'VALIDATION.FAILED',
      error: `Some parameters are not valid (${summary}). Parameters: ${parameters}.`,
      fieldErrors,
    },
  }
}

/** The client went away mid-download: nothing to answer, nothing to log. */
export function isPrematureClose(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    (error.code === 'ERR_STREAM_PREMATURE_CLOSE' || error.code === 'ECONNRESET')
  )
}
