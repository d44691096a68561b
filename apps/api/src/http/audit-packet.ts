// GET /exports/audit-packet.zip?organizationId=…&from=…&to=…[&propertyId=…]: everything an
// inspector asks for in one zip (CDOC11, CDOC12). Plain HTTP like the audit CSV export:
// authenticated by the session cookie, refused with JSON a person can act on (401 no session,
// 400 bad parameters, 403 no COMPLIANCE read, 404 another organization's property), and
// streamed with backpressure.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import {
  AuditPacketQuerySchema,
  isDomainError,
  messageKeyForCode,
  type AuditPacketQuery,
  type DomainErrorCode,
} from '@growops/domain'
import { actorFor, loadMembershipRole, type Actor } from '../services/access/actor.ts'
import { openAuditPacket } from '../services/compliance/audit-packet.ts'
import type { FileStore } from '../services/files/file-store.ts'
import { createHttpContext, type ContextDeps } from '../trpc/context.ts'

export const AUDIT_PACKET_PATH = '/exports/audit-packet.zip'

export interface AuditPacketDeps extends ContextDeps {
  files: FileStore
}

interface Refusal {
  status: 400 | 401 | 403 | 404 | 405
  code: DomainErrorCode | 'METHOD_NOT_ALLOWED'
  error: string
  fieldErrors?: Record<string, string[]>
}

function refuse(res: ServerResponse, refusal: Refusal): void {
  const { status, code, ...body } = refusal
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  const messageKey = code === 'METHOD_NOT_ALLOWED' ? null : messageKeyForCode(code)
  res.end(JSON.stringify({ ...body, code, messageKey }))
}

type Parsed<T> = { ok: true; value: T } | { ok: false; refusal: Refusal }

function parseQuery(url: URL): Parsed<AuditPacketQuery> {
  const raw: Record<string, string> = {}
  for (const [key, value] of url.searchParams) {
    if (key in raw) {
      return {
        ok: false,
        refusal: {
          status: 400,
          code: 'VALIDATION.FAILED',
          error: `Give "${key}" once.`,
          fieldErrors: { [key]: ['Given more than once.'] },
        },
      }
    }
    raw[key] = value
  }
  const parsed = AuditPacketQuerySchema.safeParse(raw)
  if (parsed.success) return { ok: true, value: parsed.data }
  const fieldErrors: Record<string, string[]> = {}
  for (const issue of parsed.error.issues) {
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : []
    for (const key of unknownKeys) (fieldErrors[key] ??= []).push('Not a parameter of this export.')
    if (unknownKeys.length === 0) (fieldErrors[issue.path.join('.')] ??= []).push(issue.message)
  }
  const summary = Object.entries(fieldErrors)
    .map(([field, messages]) => `${field}: ${messages.join(' ')}`)
    .join('; ')
  return {
    ok: false,
    refusal: {
      status: 400,
      code: 'VALIDATION.FAILED',
      error: `Some parameters are not valid (${summary}). Parameters: organizationId, from, to, propertyId.`,
      fieldErrors,
    },
  }
}

async function authorize(
  deps: AuditPacketDeps,
  userId: string,
  organizationId: string,
): Promise<Parsed<Actor>> {
  try {
    const role = await loadMembershipRole(deps.prisma, userId, organizationId)
    return { ok: true, value: actorFor({ userId, organizationId, role }, 'COMPLIANCE', 'read') }
  } catch (error) {
    if (isDomainError(error) && error.code === 'AUTH.FORBIDDEN') {
      return {
        ok: false,
        refusal: {
          status: 403,
          code: 'AUTH.FORBIDDEN',
          error: 'Your role in this organization may not download its audit packet.',
        },
      }
    }
    throw error
  }
}

function isPrematureClose(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    (error.code === 'ERR_STREAM_PREMATURE_CLOSE' || error.code === 'ECONNRESET')
  )
}

/** Answers GET /exports/audit-packet.zip. */
export async function answerAuditPacket(
  deps: AuditPacketDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET')
    return refuse(res, { status: 405, code: 'METHOD_NOT_ALLOWED', error: 'Use GET.' })
  }
  const ctx = await createHttpContext(deps, req, res)
  if (!ctx.session) {
    return refuse(res, {
      status: 401,
      code: 'AUTH.UNAUTHENTICATED',
      error: 'Sign in to download the audit packet.',
    })
  }
  const query = parseQuery(new URL(req.url ?? '/', 'http://x'))
  if (!query.ok) return refuse(res, query.refusal)
  const actor = await authorize(deps, ctx.session.user.id, query.value.organizationId)
  if (!actor.ok) return refuse(res, actor.refusal)
  let packet: Awaited<ReturnType<typeof openAuditPacket>>
  try {
    packet = await openAuditPacket(deps.prisma, deps.files, actor.value, query.value)
  } catch (error) {
    if (isDomainError(error) && error.code === 'NOT_FOUND') {
      return refuse(res, { status: 404, code: 'NOT_FOUND', error: error.message })
    }
    throw error
  }
  res.statusCode = 200
  res.setHeader('Content-Type', 'application/zip')
  res.setHeader('Content-Disposition', `attachment; filename="${packet.fileName}"`)
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('X-Content-Type-Options', 'nosniff')
  // A failure after the headers aborts the response, so a broken download never passes for a
  // complete zip (its central directory would be missing).
  try {
    await pipeline(Readable.from(packet.body, { highWaterMark: 1 }), res)
  } catch (error) {
    if (isPrematureClose(error)) return
    throw error
  }
}
