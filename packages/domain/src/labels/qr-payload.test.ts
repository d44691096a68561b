import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isDomainError } from '../errors/domain-error.ts'
import {
  encodeQrPayload,
  parseQrPayload,
  QR_PAYLOAD_MAX_LENGTH,
  qrPayloadPath,
  safeParseQrPayload,
  type QrIdKind,
  type QrTarget,
} from './qr-payload.ts'
import { base64UrlToUuid, uuidToBase64Url } from './uuid-base64url.ts'

const TAG = '1A4010300000001000000042'
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e'

const tag = fc.stringMatching(/^[A-Z0-9]{24}$/)
const uuid = fc.uuid().map((id) => id.toLowerCase())
const hexUuid = fc
  .stringMatching(/^[0-9a-f]{32}$/)
  .map(
    (h) =>
      `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`,
  )
const idKind = fc.constantFrom<QrIdKind>('a', 's', 'r', 'b')
const badgeCode = fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{10}$/)
const target: fc.Arbitrary<QrTarget> = fc.oneof(
  tag.map((t) => ({ kind: 'p' as const, tag: t })),
  fc.record({ kind: idKind, id: fc.oneof(uuid, hexUuid) }),
  badgeCode.map((code) => ({ kind: 'v' as const, badgeCode: code })),
)
const origin = fc.oneof(
  fc.constant(''),
  fc.webUrl({ withQueryParameters: false, withFragments: false }).map((u) => new URL(u).origin),
  fc.constantFrom('https://grow.example.com', 'http://127.0.0.1:5173', 'https://grow.example.com/'),
)

function errorOf(text: string) {
  const result = safeParseQrPayload(text)
  if (result.success) throw new Error(`expected ${text} to be refused`)
  return result.error
}

describe('uuid ⇄ base64url', () => {
  it('[QR5] writes every uuid in 22 characters and reads it back', () => {
    fc.assert(
      fc.property(hexUuid, (id) => {
        const compact = uuidToBase64Url(id)
        expect(compact).toMatch(/^[A-Za-z0-9_-]{22}$/)
        expect(base64UrlToUuid(compact ?? '')).toBe(id)
      }),
    )
  })

  it('[QR5] known vectors: all zeros, all ones, upper-case input', () => {
    expect(uuidToBase64Url('00000000-0000-0000-0000-000000000000')).toBe('A'.repeat(22))
    expect(uuidToBase64Url('ffffffff-ffff-ffff-ffff-ffffffffffff')).toBe(`${'_'.repeat(21)}w`)
    expect(uuidToBase64Url(ID.toUpperCase())).toBe(uuidToBase64Url(ID))
    expect(base64UrlToUuid(`${'_'.repeat(21)}w`)).toBe('ffffffff-ffff-ffff-ffff-ffffffffffff')
  })

  it('[QR5] refuses non-canonical or malformed compact ids', () => {
    expect(base64UrlToUuid(`${'A'.repeat(21)}B`)).toBeNull() // unused low bits set
    expect(base64UrlToUuid('A'.repeat(21))).toBeNull()
    expect(base64UrlToUuid('A'.repeat(23))).toBeNull()
    expect(base64UrlToUuid(`${'A'.repeat(21)}=`)).toBeNull()
    expect(base64UrlToUuid(`${'A'.repeat(20)}+A`)).toBeNull()
    expect(uuidToBase64Url('not-a-uuid')).toBeNull()
    expect(uuidToBase64Url(`${ID}0`)).toBeNull()
  })
})

describe('QR payload', () => {
  it('[QR1] writes <origin>/q/1/<kind>/<value>', () => {
    expect(encodeQrPayload({ kind: 'p', tag: TAG }, 'https://grow.example.com')).toBe(
      `https://grow.example.com/q/1/p/${TAG}`,
    )
    expect(encodeQrPayload({ kind: 'a', id: ID }, 'https://grow.example.com/')).toBe(
      `https://grow.example.com/q/1/a/${uuidToBase64Url(ID)}`,
    )
    expect(encodeQrPayload({ kind: 'b', id: ID }, '')).toBe(`/q/1/b/${uuidToBase64Url(ID)}`)
    // 22 + 7 characters of path keep position codes small.
    expect(qrPayloadPath({ version: 1, kind: 's', id: ID })).toHaveLength(29)
  })

  it('[QR3] round trip: parse(encode(t, origin)) names t, for every kind and origin', () => {
    fc.assert(
      fc.property(target, origin, (t, o) => {
        const parsed = parseQrPayload(encodeQrPayload(t, o))
        if (t.kind === 'p') expect(parsed).toEqual({ version: 1, kind: 'p', tag: t.tag })
        else if (t.kind === 'v')
          expect(parsed).toEqual({ version: 1, kind: 'v', badgeCode: t.badgeCode })
        else expect(parsed).toEqual({ version: 1, kind: t.kind, id: t.id.toLowerCase() })
      }),
    )
  })

  it('[QR3] encode refuses what parse would refuse (bad tag, bad uuid, origin with a path)', () => {
    for (const [t, o] of [
      [{ kind: 'p', tag: 'abc' }, ''],
      [{ kind: 'p', tag: TAG.toLowerCase() }, ''],
      [{ kind: 'r', id: 'room-1' }, ''],
      [{ kind: 'a', id: ID }, 'https://grow.example.com/app'],
      [{ kind: 'a', id: ID }, 'grow.example.com'],
    ] as const) {
      expect(() => encodeQrPayload(t, o)).toThrow(
        expect.objectContaining({ code: 'QR.INVALID' }) as Error,
      )
    }
  })

  it('[QR4] accepts any origin, the bare path and surrounding whitespace', () => {
    const path = `/q/1/r/${uuidToBase64Url(ID)}`
    for (const text of [
      path,
      `https://other.example.org${path}`,
      `http://10.0.0.5:8080${path}`,
      `  HTTPS://GROW.EXAMPLE.COM${path}\n`,
    ]) {
      expect(parseQrPayload(text)).toEqual({ version: 1, kind: 'r', id: ID })
    }
  })

  it('[QR2] a newer version is QR.UNSUPPORTED_VERSION with a message to update the app', () => {
    for (const text of ['https://g.example/q/2/p/ANYTHING', '/q/2/zz/x/y/z', '/q/17/a']) {
      const error = errorOf(text)
      expect(error.code).toBe('QR.UNSUPPORTED_VERSION')
      expect(error.message).toMatch(/update the app/i)
      expect(error.details.version).toBe(Number(text.split('/q/')[1]?.split('/')[0]))
    }
  })

  const junk: [string, string, RegExp][] = [
    ['', 'EMPTY', /empty/],
    ['   ', 'EMPTY', /empty/],
    ['x'.repeat(QR_PAYLOAD_MAX_LENGTH + 1), 'TOO_LONG', /longer than 512/],
    ['hello world', 'NOT_A_LINK', /not a link/],
    ['www.example.com/q/1/p/X', 'NOT_A_LINK', /not a link/],
    ['https://grow.example.com', 'NOT_A_LABEL_PATH', /\/q\//],
    ['https://grow.example.com/p/1/p/' + TAG, 'NOT_A_LABEL_PATH', /\/q\//],
    ['https://grow.example.com/app/q/1/p/' + TAG, 'NOT_A_LABEL_PATH', /\/q\//],
    ['/q/1/p/' + TAG + '/', 'NOT_A_LABEL_PATH', /wrong number of parts/],
    ['/q/1/p', 'NOT_A_LABEL_PATH', /wrong number of parts/],
    ['/q/', 'BAD_VERSION', /version/],
    ['/q/0/p/' + TAG, 'BAD_VERSION', /version/],
    ['/q/v1/p/' + TAG, 'BAD_VERSION', /version/],
    ['/q/1/x/' + TAG, 'UNKNOWN_KIND', /unknown kind "x"/],
    ['/q/1/P/' + TAG, 'UNKNOWN_KIND', /unknown kind "P"/],
    ['/q/1/p/' + TAG.toLowerCase(), 'BAD_TAG', /upper-case/],
    ['/q/1/p/ABC', 'BAD_TAG', /24 characters/],
    ['/q/1/p/' + TAG.slice(0, 23) + '!', 'BAD_TAG', /A-Z and 0-9/],
    ['/q/1/p/' + TAG + '?utm=1', 'BAD_TAG', /24 characters/],
    ['/q/1/a/' + ID, 'BAD_ID', /22 base64url/],
    ['/q/1/a/' + 'A'.repeat(21) + 'B', 'BAD_ID', /22 base64url/],
    ['/q/1/b/' + 'A'.repeat(21) + '=', 'BAD_ID', /22 base64url/],
    ['/q/1/s/', 'BAD_ID', /22 base64url/],
    ['/q/1/v/', 'BAD_BADGE', /10 letters and digits/],
    ['/q/1/v/abcde12345', 'BAD_BADGE', /10 letters and digits/],
    ['/q/1/v/ABCDE1234I', 'BAD_BADGE', /10 letters and digits/],
    ['/q/1/v/ABCDE-12345', 'BAD_BADGE', /10 letters and digits/],
  ]
  it.each(junk)('[QR6] refuses %j as QR.INVALID (%s)', (text, reason, message) => {
    const error = errorOf(text)
    expect(isDomainError(error)).toBe(true)
    expect(error.code).toBe('QR.INVALID')
    expect(error.details.reason).toBe(reason)
    expect(error.message).toMatch(message)
  })

  it('[QR6] never throws anything but a QR DomainError, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 600 }),
          fc.string().map((s) => `/q/1/${s}`),
          fc.string().map((s) => `https://h.example/q/${s}`),
        ),
        (text) => {
          const result = safeParseQrPayload(text)
          if (!result.success) expect(result.error.code).toMatch(/^QR\./)
        },
      ),
    )
  })
})

describe('visitor badge payloads', () => {
  it('[QR8] writes and reads <origin>/q/1/v/<badge code>', () => {
    expect(
      encodeQrPayload({ kind: 'v', badgeCode: '7K3M9Q2XHT' }, 'https://grow.example.com'),
    ).toBe('https://grow.example.com/q/1/v/7K3M9Q2XHT')
    expect(parseQrPayload('https://grow.example.com/q/1/v/7K3M9Q2XHT')).toEqual({
      version: 1,
      kind: 'v',
      badgeCode: '7K3M9Q2XHT',
    })
    expect(qrPayloadPath({ version: 1, kind: 'v', badgeCode: '0000000000' })).toBe(
      '/q/1/v/0000000000',
    )
  })

  it('[QR8] encode refuses a code that is not 10 Crockford characters, as stored', () => {
    for (const code of ['', '7k3m9q2xht', '7K3M9-Q2XHT', '7K3M9Q2XHU', '7K3M9Q2XH']) {
      expect(() => encodeQrPayload({ kind: 'v', badgeCode: code }, '')).toThrow(
        expect.objectContaining({ code: 'QR.INVALID' }) as Error,
      )
    }
  })
})
