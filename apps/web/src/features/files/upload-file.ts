// Sends one file to POST /api/files (raw body, name in X-File-Name) and reads the answer into
// a typed result; refusals keep the api's message key so the screen shows them translated.
// Type and size are checked here first, so a wrong file is refused without a round trip.
import {
  MAX_STORED_FILE_BYTES,
  StoredFileContentTypeSchema,
  StoredFileSummarySchema,
  type StoredFileSummary,
} from '@growops/domain'
import type { i18n as I18n } from 'i18next'
import { translateKey } from '../../app/translate-key.ts'

/** What uploadFile needs of a browser File (a Blob with a name). */
export interface UploadableFile {
  name: string
  type: string
  size: number
}

export type UploadFailureKey =
  | 'errors.FILE.TOO_LARGE'
  | 'errors.FILE.UNSUPPORTED_TYPE'
  | 'errors.NETWORK'
  | 'errors.UNKNOWN'
  | (string & {})

export type UploadResult =
  | { ok: true; file: StoredFileSummary }
  | { ok: false; messageKey: UploadFailureKey; status: number | null }

export interface UploadOptions {
  organizationId: string
  file: Blob & UploadableFile
  signal?: AbortSignal
  /** For tests; the browser's fetch otherwise. */
  fetchImpl?: typeof fetch
}

/** The refusal a file gets before it is sent, or null when it may go. */
export function checkUploadable(file: UploadableFile): UploadResult | null {
  if (!StoredFileContentTypeSchema.safeParse(file.type).success) {
    return { ok: false, messageKey: 'errors.FILE.UNSUPPORTED_TYPE', status: null }
  }
  if (file.size > MAX_STORED_FILE_BYTES) {
    return { ok: false, messageKey: 'errors.FILE.TOO_LARGE', status: null }
  }
  return null
}

async function readRefusal(response: Response): Promise<UploadResult> {
  let messageKey: UploadFailureKey = 'errors.UNKNOWN'
  try {
    const body: unknown = await response.json()
    if (typeof body === 'object' && body !== null && 'messageKey' in body) {
      const key = body.messageKey
      if (typeof key === 'string' && key.startsWith('errors.')) messageKey = key
    }
  } catch {
    // Not JSON (a proxy's page): the generic message.
  }
  if (response.status === 413) messageKey = 'errors.FILE.TOO_LARGE'
  return { ok: false, messageKey, status: response.status }
}

/** Uploads `file` to the organization's store; never throws (but for an abort). */
export async function uploadFile(options: UploadOptions): Promise<UploadResult> {
  const refused = checkUploadable(options.file)
  if (refused) return refused
  const fetchImpl = options.fetchImpl ?? fetch
  const query = new URLSearchParams({ organizationId: options.organizationId })
  let response: Response
  try {
    response = await fetchImpl(`/api/files?${query.toString()}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': options.file.type,
        'X-File-Name': encodeURIComponent(options.file.name || 'file'),
      },
      body: options.file,
      signal: options.signal,
    })
  } catch (error) {
    if (options.signal?.aborted) throw error
    return { ok: false, messageKey: 'errors.NETWORK', status: null }
  }
  if (!response.ok) return readRefusal(response)
  const parsed = StoredFileSummarySchema.safeParse(await response.json().catch(() => null))
  if (!parsed.success) return { ok: false, messageKey: 'errors.UNKNOWN', status: response.status }
  return { ok: true, file: parsed.data }
}

/** The refusal as a sentence in the person's language (unknown keys: the generic one). */
export function translateUploadError(i18n: I18n, messageKey: UploadFailureKey): string {
  return translateKey(i18n.t, messageKey, { defaultValue: i18n.t('errors.UNKNOWN') })
}
