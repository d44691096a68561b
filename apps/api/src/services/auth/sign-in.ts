// Password sign-in. Every failure answers the same AUTH.INVALID_CREDENTIALS, whether the
// e-mail exists or not, after the same amount of hashing work.
import { createSession, type NewSession, type PrismaClient } from '@growops/db'
import { DomainError, type SignInInput } from '@growops/domain'
import { verifyAgainstDecoy, verifyPassword } from './password.ts'
import {
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  accountThrottleKey,
  addressThrottleKey,
  clearSignInFailures,
  recordSignInFailure,
  secondsUntilUnlocked,
} from './sign-in-throttle.ts'

export interface SignInRequestMeta {
  ipAddress: string
  userAgent: string | null
}

export async function signInWithPassword(
  prisma: PrismaClient,
  input: SignInInput,
  meta: SignInRequestMeta,
): Promise<{ userId: string; session: NewSession }> {
  const accountKey = accountThrottleKey(input.email)
  const addressKey = addressThrottleKey(meta.ipAddress)
  const retryAfterSeconds = await secondsUntilUnlocked(prisma, [accountKey, addressKey])
  if (retryAfterSeconds > 0) {
    throw new DomainError(
      'AUTH.TOO_MANY_ATTEMPTS',
      `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      { retryAfterSeconds },
    )
  }

  const user = await prisma.user.findUnique({
    where: { email: input.email },
    select: { id: true, passwordHash: true },
  })
  const passwordMatches = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDecoy(input.password)

  if (!user || !passwordMatches) {
    await recordSignInFailure(prisma, accountKey, ACCOUNT_POLICY)
    await recordSignInFailure(prisma, addressKey, ADDRESS_POLICY)
    throw new DomainError('AUTH.INVALID_CREDENTIALS', 'E-mail or password is incorrect.')
  }

  // Only the account's counter is cleared: one good password must not reset an address
  // that is guessing at other accounts.
  await clearSignInFailures(prisma, accountKey)
  const session = await createSession(prisma, user.id, meta)
  return { userId: user.id, session }
}
