// The one place that maps domain error codes to tRPC/HTTP codes and to translated message
// keys. Services throw DomainError; the router layer turns it into a TRPCError here.
import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server'
import { isDomainError, type DomainError, type DomainErrorCode } from '@growops/domain'
import { ZodError } from 'zod'

// Exhaustive: a new domain code does not compile until it is given an HTTP meaning here.
const TRPC_CODE_BY_DOMAIN_CODE: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  'ADDRESS.EMPTY': 'BAD_REQUEST',
  'ADDRESS.INVALID_SEGMENT': 'BAD_REQUEST',
  'ADDRESS.TOO_MANY_SEGMENTS': 'BAD_REQUEST',
  'ADDRESS.INCOMPLETE': 'BAD_REQUEST',
  'GRID.OUT_OF_RANGE': 'BAD_REQUEST',
  'AUTH.INVALID_CREDENTIALS': 'UNAUTHORIZED',
  'AUTH.TOO_MANY_ATTEMPTS': 'TOO_MANY_REQUESTS',
  'AUTH.UNAUTHENTICATED': 'UNAUTHORIZED',
  'AUTH.FORBIDDEN': 'FORBIDDEN',
  'POSITION.OCCUPIED': 'CONFLICT',
  'POSITION.RESERVED': 'CONFLICT',
  'POSITION.UNAVAILABLE': 'CONFLICT',
  'POSITION.NOT_ENOUGH_FREE': 'CONFLICT',
  'HIERARCHY.CODE_TAKEN': 'CONFLICT',
  'HIERARCHY.HOLDS_PLANTS': 'CONFLICT',
  'PLANT.TAG_TAKEN': 'CONFLICT',
  'PLANT.NOT_ACTIVE': 'BAD_REQUEST',
  'PLANT.ALREADY_THERE': 'BAD_REQUEST',
  'BATCH.NAME_TAKEN': 'CONFLICT',
  'BATCH.INVALID_STAGE_CHANGE': 'BAD_REQUEST',
  'IDEMPOTENCY.KEY_REUSED': 'UNPROCESSABLE_CONTENT',
  'LAYOUT.INVALID': 'BAD_REQUEST',
  'LAYOUT.VERSION_CONFLICT': 'CONFLICT',
  'LAYOUT.REMOVAL_BLOCKED': 'CONFLICT',
  'SENSOR.CODE_TAKEN': 'CONFLICT',
  'ALERT.INVALID_TRANSITION': 'CONFLICT',
  'QR.INVALID': 'BAD_REQUEST',
  'QR.UNSUPPORTED_VERSION': 'BAD_REQUEST',
  'PLANT.ALREADY_HARVESTED': 'CONFLICT',
  'POSITION.NOT_A_HANGER': 'BAD_REQUEST',
  'WEIGHT.PLANT_NOT_IN_BATCH': 'BAD_REQUEST',
  'INVENTORY.INSUFFICIENT_STOCK': 'CONFLICT',
  'INVENTORY.LOT_EXISTS': 'CONFLICT',
  'INVENTORY.ITEM_ARCHIVED': 'CONFLICT',
  'INVENTORY.SKU_TAKEN': 'CONFLICT',
  'AUDIT_WALK.COMPLETED': 'CONFLICT',
  'AUDIT_WALK.WRONG_ROOM': 'BAD_REQUEST',
  'AUDIT_WALK.SCAN_POSITION_FIRST': 'BAD_REQUEST',
  'FILE.TOO_LARGE': 'PAYLOAD_TOO_LARGE',
  'FILE.UNSUPPORTED_TYPE': 'UNSUPPORTED_MEDIA_TYPE',
  'FILE.DAMAGED': 'INTERNAL_SERVER_ERROR',
  'TASK.INVALID_TRANSITION': 'CONFLICT',
  'DOCUMENT.INVALID_TRANSITION': 'CONFLICT',
  'DOCUMENT.SELF_APPROVAL': 'FORBIDDEN',
  'DOCUMENT.CODE_TAKEN': 'CONFLICT',
  'DOCUMENT.ARCHIVED': 'CONFLICT',
  'TIME_ENTRY.ALREADY_CLOCKED_IN': 'CONFLICT',
  'TIME_ENTRY.NOT_CLOCKED_IN': 'CONFLICT',
  'TIME_ENTRY.ON_BREAK': 'CONFLICT',
  'TIME_ENTRY.NOT_ON_BREAK': 'CONFLICT',
  'TIME_ENTRY.INVALID_SPAN': 'BAD_REQUEST',
  'TIME_ENTRY.OVERLAP': 'CONFLICT',
  'VISIT.INVALID_TRANSITION': 'CONFLICT',
  'VISIT.ZONE_NOT_ALLOWED': 'BAD_REQUEST',
  'VISIT.ZONE_FULL': 'CONFLICT',
  'VISIT.ZONE_OCCUPIED': 'CONFLICT',
  'VISIT.AGREEMENT_CHANGED': 'CONFLICT',
  'KIOSK.INVALID_TOKEN': 'UNAUTHORIZED',
  'KIOSK.TOO_MANY_REQUESTS': 'TOO_MANY_REQUESTS',
  'VALIDATION.FAILED': 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
}

export function trpcCodeForDomainError(error: DomainError): TRPC_ERROR_CODE_KEY {
  return TRPC_CODE_BY_DOMAIN_CODE[error.code]
}

export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({
    code: trpcCodeForDomainError(error),
    message: error.message,
    cause: error,
  })
}

export interface ErrorData {
  /** i18n key the web app translates (errors.<CODE>). */
  messageKey: string
  domainCode: string | null
  details: Record<string, unknown>
  /** For invalid input: field path → messages. */
  fieldErrors: Record<string, string[]> | null
}

function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {}
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_'
    ;(fields[path] ??= []).push(issue.message)
  }
  return fields
}

/** Extra `data` for every error shape; internal errors say nothing about internals. */
export function describeError(error: TRPCError): { message: string; data: ErrorData } {
  const cause = error.cause
  if (isDomainError(cause)) {
    return {
      message: cause.message,
      data: {
        messageKey: cause.messageKey,
        domainCode: cause.code,
        details: cause.details,
        fieldErrors: null,
      },
    }
  }
  if (cause instanceof ZodError) {
    return {
      message: 'Some fields are not valid.',
      data: {
        messageKey: 'errors.VALIDATION.FAILED',
        domainCode: 'VALIDATION.FAILED',
        details: {},
        fieldErrors: fieldErrorsOf(cause),
      },
    }
  }
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    return {
      message:
        'Something went wrong on the server. Try again; if it keeps happening, tell your administrator.',
      data: { messageKey: 'errors.INTERNAL', domainCode: null, details: {}, fieldErrors: null },
    }
  }
  return {
    message: error.message,
    data: {
      messageKey: `errors.http.${error.code}`,
      domainCode: null,
      details: {},
      fieldErrors: null,
    },
  }
}
