import { createI18n } from '@growops/ui'
import { describe, expect, it } from 'vitest'
import { resources } from '../../locales/resources.ts'
import { fitWithin, jpegName } from './shrink-photo.ts'
import { checkUploadable, translateUploadError, uploadFile } from './upload-file.ts'

const ORG = '6f1c1d8e-2a8b-4a55-9d6e-0c8f3e1b2a77'
const FILE_ID = '0b8e9d54-6a0f-4a3e-8a3b-0f3f3e6f4c11'

function png(size = 12, name = 'leaf.png', type = 'image/png') {
  return new File([new Uint8Array(size)], name, { type })
}

function fakeFetch(answer: () => Response) {
  const calls: { url: string; init: RequestInit | undefined }[] = []
  const fetchImpl: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    calls.push({ url, init })
    return Promise.resolve(answer())
  }
  return { calls, fetchImpl }
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  })

describe('uploadFile', () => {
  it('posts the raw bytes with the type and URI-encoded name, and reads the stored file', async () => {
    const stored = { id: FILE_ID, fileName: 'hoja ñ.png', contentType: 'image/png', byteSize: 12 }
    const { calls, fetchImpl } = fakeFetch(() => json(201, stored))
    const result = await uploadFile({
      organizationId: ORG,
      file: png(12, 'hoja ñ.png'),
      fetchImpl,
    })
    expect(result).toEqual({ ok: true, file: stored })
    expect(calls[0]?.url).toBe(`/api/files?organizationId=${ORG}`)
    expect(calls[0]?.init?.method).toBe('POST')
    expect(calls[0]?.init?.headers).toEqual({
      'Content-Type': 'image/png',
      'X-File-Name': 'hoja%20%C3%B1.png',
    })
  })

  it('refuses a wrong type or an over-large file before sending anything', async () => {
    const { calls, fetchImpl } = fakeFetch(() => json(500, {}))
    expect(
      await uploadFile({ organizationId: ORG, file: png(3, 'a.svg', 'image/svg+xml'), fetchImpl }),
    ).toEqual({ ok: false, messageKey: 'errors.FILE.UNSUPPORTED_TYPE', status: null })
    expect(checkUploadable({ name: 'big.jpg', type: 'image/jpeg', size: 10_485_761 })).toEqual({
      ok: false,
      messageKey: 'errors.FILE.TOO_LARGE',
      status: null,
    })
    expect(checkUploadable({ name: 'ok.jpg', type: 'image/jpeg', size: 10_485_760 })).toBeNull()
    expect(calls).toHaveLength(0)
  })

  it("keeps the api's message key, and says network when nothing answered", async () => {
    const forbidden = fakeFetch(() =>
      json(403, { code: 'AUTH.FORBIDDEN', messageKey: 'errors.AUTH.FORBIDDEN' }),
    )
    expect(await uploadFile({ organizationId: ORG, file: png(), ...forbidden })).toEqual({
      ok: false,
      messageKey: 'errors.AUTH.FORBIDDEN',
      status: 403,
    })
    const proxy413 = fakeFetch(() => new Response('<html>too big</html>', { status: 413 }))
    expect(await uploadFile({ organizationId: ORG, file: png(), ...proxy413 })).toMatchObject({
      messageKey: 'errors.FILE.TOO_LARGE',
    })
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'))
    expect(await uploadFile({ organizationId: ORG, file: png(), fetchImpl: offline })).toEqual({
      ok: false,
      messageKey: 'errors.NETWORK',
      status: null,
    })
  })

  it('translates refusals in both languages, unknown keys to the generic message', () => {
    const en = createI18n({ resources, lng: 'en', syncDocumentLang: false })
    const es = createI18n({ resources, lng: 'es', syncDocumentLang: false })
    expect(translateUploadError(en, 'errors.FILE.TOO_LARGE')).toMatch(/10 MB/)
    expect(translateUploadError(es, 'errors.FILE.TOO_LARGE')).toMatch(/demasiado grande/)
    expect(translateUploadError(en, 'errors.NOPE.NEVER')).toBe(en.t('errors.UNKNOWN'))
  })
})

describe('shrinkPhoto helpers', () => {
  it('fits the long side within the limit, never enlarging', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 2560, height: 1920 })
    expect(fitWithin(3024, 4032)).toEqual({ width: 1920, height: 2560 })
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 })
  })

  it('names the re-encoded photo .jpg', () => {
    expect(jpegName('IMG_0001.HEIC')).toBe('IMG_0001.jpg')
    expect(jpegName('leaf')).toBe('leaf.jpg')
    expect(jpegName('.png')).toBe('photo.jpg')
  })
})
