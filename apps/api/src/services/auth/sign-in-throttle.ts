// Failed sign-in limits, per account and per client address, shared by every api instance
// through the database. A locked key refuses even the right password until the lock ends,
// so guessing cannot continue; unknown e-mails are counted too, so locking reveals nothing.
import type { PrismaClient } from '@growops/db'

export interface ThrottlePolicy {
  maxFailures: number
  windowMs: number
  lockMs: number
}

export const ACCOUNT_POLICY: ThrottlePolicy = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
}
export const ADDRESS_POLICY: ThrottlePolicy = {
  maxFailures: 20,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
}

export function accountThrottleKey(email: string): string {
  return `account:${email}`
}

export function addressThrottleKey(ipAddress: string): string {
  return `ip:${ipAddress}`
}

/** Seconds until the latest lock among `keys` ends, or 0 when none is locked. */
export async function secondsUntilUnlocked(
  prisma: PrismaClient,
  keys: string[],
  now = new Date(),
): Promise<number> {
  const rows = await prisma.signInThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  })
  const latest = Math.max(0, ...rows.map((row) => row.lockedUntil?.getTime() ?? 0))
  return latest > now.getTime() ? Math.ceil((latest - now.getTime()) / 1000) : 0
}

/** Counts one failure against `key` atomically; locks the key when the policy says so. */
export async function recordSignInFailure(
  prisma: PrismaClient,
  key: string,
  policy: ThrottlePolicy,
  now = new Date(),
): Promise<void> {
  const windowStart = new Date(now.getTime() - policy.windowMs)
  const lockedUntil = new Date(now.getTime() + policy.lockMs)
  // One statement, so concurrent failures never lose a count.
  await prisma.$executeRaw`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt", "lockedUntil")
    VALUES (${key}, 1, ${now}, CASE WHEN 1 >= ${policy.maxFailures} THEN ${lockedUntil}::timestamp ELSE NULL END)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowStart}
                        THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStartedAt" = CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowStart}
                               THEN ${now}::timestamp ELSE "SignInThrottle"."windowStartedAt" END,
      "lockedUntil" = CASE
        WHEN (CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowStart}
                   THEN 1 ELSE "SignInThrottle"."failures" + 1 END) >= ${policy.maxFailures}
        THEN ${lockedUntil}::timestamp
        ELSE "SignInThrottle"."lockedUntil" END`
}

export async function clearSignInFailures(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key } })
}
