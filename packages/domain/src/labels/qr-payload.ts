import { DomainError } from '../errors/domain-error.ts'
import { plantTagProblem } from '../plants/plant-tag.ts'
import { BADGE_CODE_LENGTH, isBadgeCode } from '../visitors/badge-code.ts'
import { base64UrlToUuid, uuidToBase64Url } from './uuid-base64url.ts'

/** The payload format version this code writes and reads (QR2). */
export const QR_PAYLOAD_VERSION = 1

/** Longest text `parseQrPayload` looks at; anything longer is refused at once (QR6). */
export const QR_PAYLOAD_MAX_LENGTH = 512

/**
 * What a code points at: `p` plant, `a` position, `s` section, `r` room, `b` batch (QR1), `v` a
 * visitor badge (QR8).
 */
export const QR_KINDS = ['p', 'a', 's', 'r', 'b', 'v'] as const
export type QrKind = (typeof QR_KINDS)[number]

/** Kinds whose value is a row id (a uuid, written as 22-char base64url in the code). */
export type QrIdKind = Exclude<QrKind, 'p' | 'v'>

/** What a label points at, before it is written into a code. */
export type QrTarget =
  { kind: 'p'; tag: string } | { kind: QrIdKind; id: string } | { kind: 'v'; badgeCode: string }

/**
 * A parsed QR payload: a plant by its tag, a position/section/room/batch by its uuid, or a
 * visitor badge by its badge code.
 */
export type QrPayload =
  | { version: 1; kind: 'p'; tag: string }
  | { version: 1; kind: QrIdKind; id: string }
  | { version: 1; kind: 'v'; badgeCode: string }

/** Why a text is not a payload, for translated messages (`details.reason` of `QR.INVALID`). */
export type QrInvalidReason =
  | 'EMPTY'
  | 'TOO_LONG'
  | 'NOT_A_LINK'
  | 'NOT_A_LABEL_PATH'
  | 'BAD_VERSION'
  | 'UNKNOWN_KIND'
  | 'BAD_TAG'
  | 'BAD_ID'
  | 'BAD_BADGE'

const KIND_SET: ReadonlySet<string> = new Set(QR_KINDS)
const ORIGIN_PATTERN = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+$/i
// Group 1: the path of an absolute URL with any origin.
const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+(\/\S*)?$/i

/** Whether `value` is one of {@link QR_KINDS}. */
export function isQrKind(value: string): value is QrKind {
  return KIND_SET.has(value)
}

function invalid(reason: QrInvalidReason, message: string, extra: Record<string, unknown> = {}) {
  return new DomainError('QR.INVALID', message, { reason, ...extra })
}

/**
 * Writes the payload `<origin>/q/1/<kind>/<value>` (QR1): a plant's tag as is, any other row's
 * uuid as 22 base64url characters. `origin` is the public origin (`https://grow.example.com`,
 * trailing slashes ignored) or `''` for a bare path. Throws `QR.INVALID` for a tag, uuid or origin
 * that the parser would refuse, so that no label is printed that cannot be read back (QR3).
 */
export function encodeQrPayload(target: QrTarget, origin: string): string {
  const base = origin.replace(/\/+$/, '')
  if (base !== '' && !ORIGIN_PATTERN.test(base)) {
    throw invalid('NOT_A_LINK', `"${origin.slice(0, 80)}" is not an origin like https://host.`)
  }
  if (target.kind === 'p') {
    const problem = plantTagProblem(target.tag)
    if (problem) throw invalid('BAD_TAG', problem)
    return `${base}/q/${QR_PAYLOAD_VERSION}/p/${target.tag}`
  }
  if (target.kind === 'v') {
    if (!isBadgeCode(target.badgeCode)) throw badBadge(target.badgeCode)
    return `${base}/q/${QR_PAYLOAD_VERSION}/v/${target.badgeCode}`
  }
  const compact = uuidToBase64Url(target.id)
  if (compact === null) throw invalid('BAD_ID', `"${target.id.slice(0, 80)}" is not a uuid.`)
  return `${base}/q/${QR_PAYLOAD_VERSION}/${target.kind}/${compact}`
}

function badBadge(value: string): DomainError {
  return invalid(
    'BAD_BADGE',
    `This visitor badge's code "${value.slice(0, 40)}" is not ${BADGE_CODE_LENGTH} letters and digits.`,
  )
}

function pathOf(text: string): string {
  if (text.startsWith('/')) return text
  const match = URL_PATTERN.exec(text)
  if (!match) {
    throw invalid('NOT_A_LINK', 'This code is not a GrowOps label: it is not a link.')
  }
  return match[1] ?? ''
}

function readVersion(segment: string | undefined): void {
  if (segment === undefined || !/^[0-9]{1,6}$/.test(segment) || Number(segment) < 1) {
    throw invalid('BAD_VERSION', 'This code is not a GrowOps label: its format version is missing.')
  }
  const version = Number(segment)
  if (version !== QR_PAYLOAD_VERSION) {
    throw new DomainError(
      'QR.UNSUPPORTED_VERSION',
      `This label uses format version ${version}, which this app cannot read yet. Update the app (reload the page) and scan it again.`,
      { version, supported: QR_PAYLOAD_VERSION },
    )
  }
}

function readValue(kind: QrKind, value: string): QrPayload {
  if (kind === 'p') {
    const problem = plantTagProblem(value)
    if (problem) throw invalid('BAD_TAG', `This plant label's tag is wrong: ${problem}`)
    return { version: 1, kind, tag: value }
  }
  if (kind === 'v') {
    if (!isBadgeCode(value)) throw badBadge(value)
    return { version: 1, kind, badgeCode: value }
  }
  const id = base64UrlToUuid(value)
  if (id === null) {
    throw invalid(
      'BAD_ID',
      `This label's id "${value.slice(0, 40)}" is not 22 base64url characters of a uuid.`,
    )
  }
  return { version: 1, kind, id }
}

/**
 * Reads a scanned QR text (QR4): `<any origin>/q/<version>/<kind>/<value>` or the bare path.
 * Returns the payload, or throws `QR.UNSUPPORTED_VERSION` for a newer format (QR2) and
 * `QR.INVALID` with `details.reason` for anything else (QR6). Surrounding whitespace is ignored;
 * nothing else is forgiven (no query, fragment, extra or missing segment).
 */
export function parseQrPayload(text: string): QrPayload {
  if (text.length > QR_PAYLOAD_MAX_LENGTH) {
    throw invalid(
      'TOO_LONG',
      `This code is not a GrowOps label: ${text.length} characters is longer than ${QR_PAYLOAD_MAX_LENGTH}.`,
    )
  }
  const trimmed = text.trim()
  if (trimmed === '') throw invalid('EMPTY', 'The code is empty.')
  const segments = pathOf(trimmed).split('/')
  // segments[0] is the empty text before the leading slash.
  if (segments[0] !== '' || segments[1] !== 'q') {
    throw invalid(
      'NOT_A_LABEL_PATH',
      'This link is not a GrowOps label: its path does not start with /q/.',
    )
  }
  readVersion(segments[2])
  if (segments.length !== 5) {
    throw invalid(
      'NOT_A_LABEL_PATH',
      'This label link has the wrong number of parts: expected /q/1/<kind>/<value>.',
    )
  }
  const kind = segments[3] ?? ''
  if (!isQrKind(kind)) {
    throw invalid('UNKNOWN_KIND', `This label is of an unknown kind "${kind.slice(0, 20)}".`, {
      kind: kind.slice(0, 20),
    })
  }
  return readValue(kind, segments[4] ?? '')
}

/** {@link parseQrPayload} without throwing: the payload, or the DomainError it would throw. */
export function safeParseQrPayload(
  text: string,
): { success: true; data: QrPayload } | { success: false; error: DomainError } {
  try {
    return { success: true, data: parseQrPayload(text) }
  } catch (error) {
    if (error instanceof DomainError) return { success: false, error }
    throw error
  }
}

/** The route path a payload opens in the web app (`/q/1/<kind>/<value>`), without origin. */
export function qrPayloadPath(payload: QrPayload): string {
  return encodeQrPayload(payload, '')
}
