// GET /exports/audit-packet.zip?organizationId=…&from=…&to=…[&propertyId=…]: everything an
// inspector asks for in one zip (CDOC11, CDOC12). Plain HTTP like the audit CSV export:
// authenticated by the session cookie, refused with JSON a person can act on (401 no session,
// 400 bad parameters, 403 no COMPLIANCE read, 404 another organization's property), and
// streamed with backpressure.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { AuditPacketQuerySchema, isDomainError } from '@growops/domain'
import { actorFor, loadMembershipRole, type Actor } from '../services/access/actor.ts'
import { openAuditPacket } from '../services/compliance/audit-packet.ts'
import type { FileStore } from '../services/files/file-store.ts'
import { createHttpContext, type ContextDeps } from '../trpc/context.ts'
import { isPrematureClose, parseExportQuery, refuse, type Parsed } from './http-refusals.ts'

export const AUDIT_PACKET_PATH = '/exports/audit-packet.zip'

export interface AuditPacketDeps extends ContextDeps {
  files: FileStore
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
  const query = parseExportQuery(
    new URL(req.url ?? '/', 'http://x'),
    AuditPacketQuerySchema,
    'organizationId, from, to, propertyId',
  )
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
