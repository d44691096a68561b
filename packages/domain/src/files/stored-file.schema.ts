import { z } from 'zod'

/** What the file store accepts (FILE1): photos from phones, PDFs and plain/markdown text. */
export const STORED_FILE_CONTENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
  'text/plain',
  'text/markdown',
] as const

export const StoredFileContentTypeSchema = z.enum(STORED_FILE_CONTENT_TYPES)
export type StoredFileContentType = z.infer<typeof StoredFileContentTypeSchema>

/** Largest file the store takes, in bytes (FILE2): 10 MB. */
export const MAX_STORED_FILE_BYTES = 10 * 1024 * 1024

export const FILE_NAME_MAX_LENGTH = 200

/**
 * A file name as given by a client (FILE3): trimmed, path separators and control characters
 * replaced, at most 200 characters; an empty name is refused.
 */
export const StoredFileNameSchema = z
  .string()
  // eslint-disable-next-line no-control-regex -- control characters are what we strip
  .transform((name) => name.replace(/[\u0000-\u001f\u007f/\\]/g, '_').trim())
  .pipe(
    z
      .string()
      .min(1, 'Give the file a name.')
      .max(FILE_NAME_MAX_LENGTH, `A file name has at most ${FILE_NAME_MAX_LENGTH} characters.`),
  )

/** What an upload answers, and what other records show of a stored file. */
export const StoredFileSummarySchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: StoredFileContentTypeSchema,
  byteSize: z.number().int().min(0).max(MAX_STORED_FILE_BYTES),
})
export type StoredFileSummary = z.infer<typeof StoredFileSummarySchema>

/** Whether a browser may show the file in place (FILE4): images and PDFs; text downloads. */
export function isInlineContentType(contentType: string): boolean {
  return contentType.startsWith('image/') || contentType === 'application/pdf'
}

/** The normalised media type of a Content-Type header value (`image/PNG; x=1` → `image/png`). */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

/** Where the api serves a stored file's bytes. */
export function storedFileUrl(fileId: string): string {
  return `/api/files/${encodeURIComponent(fileId)}`
}
