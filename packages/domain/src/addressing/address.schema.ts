import { z } from 'zod'
import { safeParseAddressPrefix } from './address-prefix.ts'
import { normalizeAddressInput } from './normalize-address-input.ts'
import { safeParsePositionAddress } from './position-address.ts'
import type { DomainError } from '../errors/domain-error.ts'

function domainIssue(error: DomainError, input: string): z.core.$ZodRawIssue {
  return {
    code: 'custom',
    message: error.message,
    input,
    params: { code: error.code, messageKey: error.messageKey, ...error.details },
  }
}

/**
 * A canonical full position address string (strict: no trimming or
 * upper-casing). Issues carry the DomainError's message, and `params` its
 * code, messageKey and details (segmentIndex, expected, reason…).
 */
export const PositionAddressSchema = z
  .string()
  .check((payload) => {
    const result = safeParsePositionAddress(payload.value)
    if (!result.success) payload.issues.push(domainIssue(result.error, payload.value))
  })
  .brand<'PositionAddress'>()

/** A canonical address string of any level (property … position), strict. */
export const AddressPrefixSchema = z
  .string()
  .check((payload) => {
    const result = safeParseAddressPrefix(payload.value)
    if (!result.success) payload.issues.push(domainIssue(result.error, payload.value))
  })
  .brand<'AddressPrefix'>()

/** What people type or scan: normalized (trim, upper-case), then a strict position address. */
export const PositionAddressInputSchema = z
  .string()
  .transform(normalizeAddressInput)
  .pipe(PositionAddressSchema)

/** What people type or scan as a search scope: normalized, then a strict address prefix. */
export const AddressPrefixInputSchema = z
  .string()
  .transform(normalizeAddressInput)
  .pipe(AddressPrefixSchema)
