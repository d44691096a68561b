// Sends one queued action to its tRPC mutation with the action's idempotency key. A move made
// offline may still name its plant by tag and its destination by address (the phone could not
// look them up): they are resolved here, just before the move is sent.
import { createTRPCUntypedClient, httpLink, TRPCClientError } from '@trpc/client'
import type { AppRouter } from '@growops/api/router'
import { SCAN_ACTION_PATHS, type QueueEntry } from './scan-action.ts'

type UntypedClient = ReturnType<typeof createTRPCUntypedClient<AppRouter>>

/** A weak signal can hold a request for minutes: give up, keep it queued, try again later. */
const SEND_TIMEOUT_MS = 15_000

function withTimeout(signal: AbortSignal | null | undefined): AbortSignal {
  const timeout = AbortSignal.timeout(SEND_TIMEOUT_MS)
  return signal ? AbortSignal.any([signal, timeout]) : timeout
}

/** One request per action (no batching): each answer settles exactly one queued action. */
export function createScanClient(): UntypedClient {
  return createTRPCUntypedClient<AppRouter>({
    links: [
      httpLink({
        url: '/trpc',
        fetch: (input, init) =>
          fetch(input, { ...init, credentials: 'same-origin', signal: withTimeout(init?.signal) }),
      }),
    ],
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A refusal shaped like the api's, so the queue shows it as a conflict to resolve. */
function refusal(messageKey: string, message: string): TRPCClientError<AppRouter> {
  return new TRPCClientError(message, {
    result: { error: { code: -32600, message, data: { messageKey } } },
  } as never)
}

/** `{ organizationId, plantTag?, toAddress?, … }` → `{ organizationId, plantId, toPositionId, … }`. */
async function resolveMoveInput(client: UntypedClient, input: unknown): Promise<unknown> {
  if (!isRecord(input)) return input
  const { plantTag, toAddress, ...rest } = input
  const resolved: Record<string, unknown> = { ...rest }
  const organizationId = input.organizationId
  if (typeof plantTag === 'string' && resolved.plantId === undefined) {
    const plant = await client.query('plant.byTag', { organizationId, tagNumber: plantTag })
    resolved.plantId = isRecord(plant) ? plant.id : undefined
  }
  if (typeof toAddress === 'string' && resolved.toPositionId === undefined) {
    const place = await client.query('position.locate', { organizationId, address: toAddress })
    if (!isRecord(place) || typeof place.positionId !== 'string') {
      throw refusal(
        'errors.ADDRESS.INCOMPLETE',
        `${toAddress} is not a position: scan a position label.`,
      )
    }
    resolved.toPositionId = place.positionId
  }
  return resolved
}

export async function sendScanAction(client: UntypedClient, entry: QueueEntry): Promise<unknown> {
  let input = entry.input
  if (entry.type === 'move') input = await resolveMoveInput(client, input)
  const withKey = isRecord(input) ? { ...input, idempotencyKey: entry.id } : input
  return client.mutation(SCAN_ACTION_PATHS[entry.type], withKey)
}
