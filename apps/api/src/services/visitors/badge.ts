// Fresh badge codes (VIS2): 10 random Crockford characters from node:crypto. Two visits drawing
// the same code is a 1 in 2^50 event per pair; the unique index turns it into an error, and the
// caller's whole transaction is simply tried again with a new code.
import { randomBytes } from 'node:crypto'
import { isUniqueViolation, uniqueViolationConstraint } from '@growops/db'
import { BADGE_CODE_LENGTH, badgeCodeFromBytes } from '@growops/domain'

export function newBadgeCode(): string {
  return badgeCodeFromBytes(randomBytes(BADGE_CODE_LENGTH))
}

function isBadgeClash(error: unknown): boolean {
  if (!isUniqueViolation(error)) return false
  const constraint = uniqueViolationConstraint(error)
  return constraint === undefined || constraint.includes('badgeCode')
}

/** Runs `create` with a fresh code, again with another one if the code was taken. */
export async function withFreshBadgeCode<T>(create: (badgeCode: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create(newBadgeCode())
    } catch (error) {
      if (attempt >= 3 || !isBadgeClash(error)) throw error
    }
  }
}
