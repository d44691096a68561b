// Runs a mutation at most once per (user, idempotency key). The key row is inserted in the
// same transaction as the mutation's changes: a concurrent retry waits on it and, once the
// first commits, gets the stored answer; if the first fails, nothing is stored and a retry
// runs afresh.
import { createHash } from 'node:crypto'
import { isUniqueViolation, type PrismaClient, type TransactionClient } from '@growops/db'
import { canonicalJson, DomainError } from '@growops/domain'

export interface IdempotencyRequest {
  userId: string
  /** Client-chosen key, unique per intended action (e.g. a UUID made when the scan happened). */
  key: string
  /** The procedure, e.g. "plant.move". */
  scope: string
  /** The request input (without the key); a reused key with other input is refused. */
  input: unknown
}

/** The answer as it travels: plain JSON, identical for the first call and for replays. */
function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? null)) as T
}

async function storedAnswer<T>(
  prisma: PrismaClient,
  request: IdempotencyRequest,
  requestHash: string,
): Promise<T | undefined> {
  const existing = await prisma.idempotencyKey.findUnique({
    where: { userId_key: { userId: request.userId, key: request.key } },
  })
  if (!existing) return undefined
  if (existing.scope !== request.scope || existing.requestHash !== requestHash) {
    throw new DomainError(
      'IDEMPOTENCY.KEY_REUSED',
      'This idempotency key was already used for a different request.',
      { scope: existing.scope },
    )
  }
  return existing.response as T
}

export async function runIdempotent<T>(
  prisma: PrismaClient,
  request: IdempotencyRequest,
  mutate: (tx: TransactionClient) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  const requestHash = createHash('sha256').update(canonicalJson(request.input)).digest('hex')
  const replay = await storedAnswer<T>(prisma, request, requestHash)
  if (replay !== undefined) return replay
  try {
    return await prisma.$transaction(
      async (tx) => {
        await tx.idempotencyKey.create({
          data: {
            userId: request.userId,
            key: request.key,
            scope: request.scope,
            requestHash,
            response: {},
          },
        })
        const answer = asJson(await mutate(tx))
        await tx.idempotencyKey.update({
          where: { userId_key: { userId: request.userId, key: request.key } },
          data: { response: answer ?? {} },
        })
        return answer
      },
      { timeout: options.timeoutMs ?? 15_000 },
    )
  } catch (error) {
    // Another request with the same key committed first: answer as it did.
    if (isUniqueViolation(error)) {
      const answer = await storedAnswer<T>(prisma, request, requestHash)
      if (answer !== undefined) return answer
    }
    throw error
  }
}

/** Runs in a transaction, idempotently when the client sent a key. */
export function runMaybeIdempotent<T>(
  prisma: PrismaClient,
  request: Omit<IdempotencyRequest, 'key'> & { key: string | undefined },
  mutate: (tx: TransactionClient) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  if (request.key) return runIdempotent(prisma, { ...request, key: request.key }, mutate, options)
  return prisma.$transaction(async (tx) => asJson(await mutate(tx)), {
    timeout: options.timeoutMs ?? 15_000,
  })
}
