import { describe, expect, it } from 'vitest'
import {
  isInlineContentType,
  MAX_STORED_FILE_BYTES,
  mediaTypeOf,
  StoredFileContentTypeSchema,
  StoredFileNameSchema,
  storedFileUrl,
} from './stored-file.schema.ts'

describe('stored files', () => {
  it.each([
    ['image/jpeg', true],
    ['image/png', true],
    ['image/webp', true],
    ['application/pdf', true],
    ['text/plain', true],
    ['text/markdown', true],
    ['image/svg+xml', false],
    ['text/html', false],
    ['application/octet-stream', false],
  ])('[FILE1] %s accepted: %s', (type, accepted) => {
    expect(StoredFileContentTypeSchema.safeParse(type).success).toBe(accepted)
  })

  it('[FILE2] the limit is 10 MB', () => {
    expect(MAX_STORED_FILE_BYTES).toBe(10_485_760)
  })

  it.each([
    ['  leaf.jpg ', 'leaf.jpg'],
    ['../../etc/passwd', '.._.._etc_passwd'],
    ['a\\b\u0000c.png', 'a_b_c.png'],
    ['hoja 🌱 ñ.png', 'hoja 🌱 ñ.png'],
  ])('[FILE3] names are cleaned: %j → %j', (raw, clean) => {
    expect(StoredFileNameSchema.parse(raw)).toBe(clean)
  })

  it('[FILE3] refuses an empty or an over-long name', () => {
    expect(StoredFileNameSchema.safeParse('   ').success).toBe(false)
    expect(StoredFileNameSchema.safeParse('x'.repeat(201)).success).toBe(false)
    expect(StoredFileNameSchema.safeParse('x'.repeat(200)).success).toBe(true)
  })

  it('[FILE4] images and PDFs show in place, text downloads', () => {
    expect(['image/png', 'application/pdf', 'text/plain'].map(isInlineContentType)).toEqual([
      true,
      true,
      false,
    ])
  })

  it('reads the media type of a header and builds the file url', () => {
    expect(mediaTypeOf('Image/PNG; charset=binary')).toBe('image/png')
    expect(mediaTypeOf(undefined)).toBe('')
    expect(storedFileUrl('abc')).toBe('/api/files/abc')
  })
})
