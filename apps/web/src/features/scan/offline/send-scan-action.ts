// Sends one queued action to its tRPC mutation with the action's idempotency key. An action
// made offline may still name its plant by tag and its positions by address (the phone could
// not look them up): every action's input is resolved here, just before it is sent, so a
// typed tag or address works the same in a move, a harvest (and its hanger), a quick place or
// a weighing.
import { createTRPCUntypedClient, httpLink, TRPCClientError } from '@trpc/client'
import type { AppRouter } from '@growops/api/router'
import { SCAN_ACTION_PATHS, type QueueEntry } from './scan-action.ts'

type UntypedClient = ReturnType<typeof createTRPCUntypedClient<AppRouter>>

/** What sending needs of the tRPC client (a plain object in tests). */
export interface ScanSendClient {
  query: (path: string, input: unknown) => Promise<unknown>
  mutation: (path: string, input: unknown) => Promise<unknown>
}

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

/** Input fields holding a typed position address, and the id field each becomes. */
const ADDRESS_FIELDS = [
  ['toAddress', 'toPositionId'],
  ['positionAddress', 'positionId'],
  ['hangerAddress', 'hangerPositionId'],
] as const

async function plantIdOf(client: ScanSendClient, organizationId: unknown, tag: string) {
  const plant = await client.query('plant.byTag', { organizationId, tagNumber: tag })
  if (isRecord(plant) && typeof plant.id === 'string') return plant.id
  throw refusal('errors.NOT_FOUND', `No plant with tag ${tag}.`)
}

async function positionIdOf(client: ScanSendClient, organizationId: unknown, address: string) {
  const place = await client.query('position.locate', { organizationId, address })
  if (isRecord(place) && typeof place.positionId === 'string') return place.positionId
  throw refusal('errors.ADDRESS.INCOMPLETE', `${address} is not a position: scan a position label.`)
}

/**
 * `{ plantTag?, toAddress?, positionAddress?, hangerAddress?, … }` → the same input with
 * `plantId`, `toPositionId`, `positionId`, `hangerPositionId` in their place. An id already
 * there wins (the tag or address is then dropped unread). A tag or address the api does not
 * know is refused like the mutation would refuse it, so the action waits for the person.
 */
export async function resolveScanInput(client: ScanSendClient, input: unknown): Promise<unknown> {
  if (!isRecord(input)) return input
  const { plantTag, ...resolved } = input
  for (const [from] of ADDRESS_FIELDS) delete resolved[from]
  const organizationId = input.organizationId
  if (typeof plantTag === 'string' && resolved.plantId === undefined)
    resolved.plantId = await plantIdOf(client, organizationId, plantTag)
  for (const [from, to] of ADDRESS_FIELDS) {
    const address = input[from]
    if (typeof address === 'string' && resolved[to] === undefined)
      resolved[to] = await positionIdOf(client, organizationId, address)
  }
  return resolved
}

export async function sendScanAction(client: ScanSendClient, entry: QueueEntry): Promise<unknown> {
  const input = await resolveScanInput(client, entry.input)
  const withKey = isRecord(input) ? { ...input, idempotencyKey: entry.id } : input
  return client.mutation(SCAN_ACTION_PATHS[entry.type], withKey)
}
