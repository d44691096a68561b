// argon2id password hashes (OWASP minimum: 19 MiB, 2 passes, 1 lane).
import { hash, verify } from '@node-rs/argon2'

const ARGON2ID = 2 // Algorithm.Argon2id; the package's const enum cannot be imported under isolatedModules
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    // A malformed stored hash is a failed check, never a crash.
    return false
  }
}

// Verified against when the e-mail is unknown, so that the answer takes as long as for a
// real account and timing does not reveal which e-mails exist.
let decoyHash: Promise<string> | undefined
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy-password-never-matches')
  await verifyPassword(await decoyHash, password)
  return false
}
