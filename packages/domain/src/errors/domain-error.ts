/**
 * Every stable error code the domain (and the services built on it) may throw.
 * The api's error formatter and the web's `errors` translations are checked
 * against this list, so add a code here before throwing it anywhere.
 */
export const DOMAIN_ERROR_CODES = [
  'ADDRESS.EMPTY',
  'ADDRESS.INVALID_SEGMENT',
  'ADDRESS.TOO_MANY_SEGMENTS',
  'ADDRESS.INCOMPLETE',
  'GRID.OUT_OF_RANGE',
  'AUTH.INVALID_CREDENTIALS',
  'AUTH.TOO_MANY_ATTEMPTS',
  'AUTH.UNAUTHENTICATED',
  'AUTH.FORBIDDEN',
  'POSITION.OCCUPIED',
  'POSITION.RESERVED',
  'POSITION.UNAVAILABLE',
  'POSITION.NOT_ENOUGH_FREE',
  'HIERARCHY.CODE_TAKEN',
  'HIERARCHY.HOLDS_PLANTS',
  'PLANT.TAG_TAKEN',
  'PLANT.NOT_ACTIVE',
  'PLANT.ALREADY_THERE',
  'BATCH.NAME_TAKEN',
  'BATCH.INVALID_STAGE_CHANGE',
  'IDEMPOTENCY.KEY_REUSED',
  'LAYOUT.INVALID',
  'LAYOUT.VERSION_CONFLICT',
  'LAYOUT.REMOVAL_BLOCKED',
  'SENSOR.CODE_TAKEN',
  'ALERT.INVALID_TRANSITION',
  'QR.INVALID',
  'QR.UNSUPPORTED_VERSION',
  'PLANT.ALREADY_HARVESTED',
  'POSITION.NOT_A_HANGER',
  'WEIGHT.PLANT_NOT_IN_BATCH',
  'INVENTORY.INSUFFICIENT_STOCK',
  'INVENTORY.LOT_EXISTS',
  'INVENTORY.ITEM_ARCHIVED',
  'INVENTORY.SKU_TAKEN',
  'AUDIT_WALK.COMPLETED',
  'AUDIT_WALK.WRONG_ROOM',
  'AUDIT_WALK.SCAN_POSITION_FIRST',
  'FILE.TOO_LARGE',
  'FILE.UNSUPPORTED_TYPE',
  'FILE.DAMAGED',
  'TASK.INVALID_TRANSITION',
  'DOCUMENT.INVALID_TRANSITION',
  'DOCUMENT.SELF_APPROVAL',
  'DOCUMENT.CODE_TAKEN',
  'DOCUMENT.ARCHIVED',
  'TIME_ENTRY.ALREADY_CLOCKED_IN',
  'TIME_ENTRY.NOT_CLOCKED_IN',
  'TIME_ENTRY.ON_BREAK',
  'TIME_ENTRY.NOT_ON_BREAK',
  'TIME_ENTRY.INVALID_SPAN',
  'TIME_ENTRY.OVERLAP',
  'VISIT.INVALID_TRANSITION',
  'VISIT.ZONE_NOT_ALLOWED',
  'VISIT.ZONE_FULL',
  'VISIT.ZONE_OCCUPIED',
  'VISIT.AGREEMENT_CHANGED',
  'KIOSK.INVALID_TOKEN',
  'KIOSK.TOO_MANY_REQUESTS',
  'VALIDATION.FAILED',
  'NOT_FOUND',
  'CONFLICT',
] as const

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number]

/** Translation key for a code, e.g. `errors.ADDRESS.INVALID_SEGMENT`. */
export type DomainErrorMessageKey = `errors.${DomainErrorCode}`

const CODE_SET: ReadonlySet<string> = new Set(DOMAIN_ERROR_CODES)

/** Whether `value` is one of {@link DOMAIN_ERROR_CODES}. */
export function isDomainErrorCode(value: unknown): value is DomainErrorCode {
  return typeof value === 'string' && CODE_SET.has(value)
}

/** The translation key the web uses for a code (`errors.<CODE>`). */
export function messageKeyForCode(code: DomainErrorCode): DomainErrorMessageKey {
  return `errors.${code}`
}

/**
 * A rule of the domain was broken. `code` is stable and machine-readable;
 * `message` is English for logs and developers; `details` carries the facts a
 * translated message or a form needs (segment index, limits, role…).
 */
export class DomainError extends Error {
  override readonly name = 'DomainError'
  readonly code: DomainErrorCode
  readonly details: Record<string, unknown>

  constructor(
    code: DomainErrorCode,
    message: string = code,
    details: Record<string, unknown> = {},
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.code = code
    this.details = details
  }

  /** Translation key derived from the code, e.g. `errors.AUTH.FORBIDDEN`. */
  get messageKey(): DomainErrorMessageKey {
    return messageKeyForCode(this.code)
  }
}

/**
 * Whether `value` is a {@link DomainError}. Also recognises one created by a
 * second copy of this package (bundlers can duplicate it), where `instanceof`
 * would say no.
 */
export function isDomainError(value: unknown): value is DomainError {
  if (value instanceof DomainError) return true
  if (!(value instanceof Error) || value.name !== 'DomainError') return false
  const candidate = value as Error & { code?: unknown; details?: unknown }
  return (
    isDomainErrorCode(candidate.code) &&
    typeof candidate.details === 'object' &&
    candidate.details !== null
  )
}
