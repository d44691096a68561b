// What every GET download shares before and around its body: GET only, a signed-in person,
// the query string by the export's schema, and that person's role in the query's organization
// allowing reads of the export's area — each refused with JSON a person can act on (405, 401,
// 400, 403). Then the download headers, and a body streamed with backpressure.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { z } from 'zod'
import { isDomainError, type AccessArea } from '@growops/domain'
import { actorFor, loadMembershipRole, type Actor } from '../services/access/actor.ts'
import { createHttpContext, type ContextDeps } from '../trpc/context.ts'
import { isPrematureClose, parseExportQuery, refuse } from './http-refusals.ts'

export interface ExportRequestSpec<T> {
  schema: z.ZodType<T>
  /** What the export takes, named in a 400 so the fix is clear. */
  parameters: string
  area: AccessArea
  /** The 401's message, e.g. "Sign in to export the visitor log." */
  signInMessage: string
  /** The 403's message when the role may not read `area`. */
  forbiddenMessage: string
}

/** The caller and the parsed query, or null once the request has been refused. */
export async function openExportRequest<T extends { organizationId: string }>(
  deps: ContextDeps,
  req: IncomingMessage,
  res: ServerResponse,
  spec: ExportRequestSpec<T>,
): Promise<{ actor: Actor; query: T } | null> {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET')
    refuse(res, { status: 405, code: 'METHOD_NOT_ALLOWED', error: 'Use GET.' })
    return null
  }
  const ctx = await createHttpContext(deps, req, res)
  if (!ctx.session) {
    refuse(res, { status: 401, code: 'AUTH.UNAUTHENTICATED', error: spec.signInMessage })
    return null
  }
  const parsed = parseExportQuery(new URL(req.url ?? '/', 'http://x'), spec.schema, spec.parameters)
  if (!parsed.ok) {
    refuse(res, parsed.refusal)
    return null
  }
  const userId = ctx.session.user.id
  const { organizationId } = parsed.value
  try {
    const role = await loadMembershipRole(deps.prisma, userId, organizationId)
    const actor = actorFor({ userId, organizationId, role }, spec.area, 'read')
    return { actor, query: parsed.value }
  } catch (error) {
    if (isDomainError(error) && error.code === 'AUTH.FORBIDDEN') {
      refuse(res, { status: 403, code: 'AUTH.FORBIDDEN', error: spec.forbiddenMessage })
      return null
    }
    throw error
  }
}

/** 200 with an attachment of `fileName`, never cached or sniffed. */
export function writeDownloadHeaders(
  res: ServerResponse,
  contentType: string,
  fileName: string,
): void {
  res.statusCode = 200
  res.setHeader('Content-Type', contentType)
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`)
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('X-Content-Type-Options', 'nosniff')
}

/**
 * Sends `chunks` with backpressure: at most one chunk is held ahead (Readable.from's default
 * would be 16), and reading stops when the client goes away. A failure after the headers
 * aborts the response, so a download that broke off never passes for a complete file.
 */
export async function streamDownload(
  res: ServerResponse,
  chunks: AsyncIterable<string | Uint8Array>,
): Promise<void> {
  try {
    await pipeline(Readable.from(chunks, { highWaterMark: 1 }), res)
  } catch (error) {
    if (isPrematureClose(error)) return
    throw error
  }
}
