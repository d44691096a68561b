// POST /api/files?organizationId=… (raw body) stores a file; GET /api/files/<id> sends it back.
// Plain HTTP, as bytes are not JSON; authenticated by the session cookie like tRPC. Refusals
// are JSON a person can act on: 401 no session, 400 bad parameters, 403 not a member,
// 413 over 10 MB, 415 a type we do not take, 404 for any file not of the caller's organizations.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import {
  isDomainError,
  isInlineContentType,
  MAX_STORED_FILE_BYTES,
  mediaTypeOf,
  StoredFileContentTypeSchema,
  STORED_FILE_CONTENT_TYPES,
} from '@growops/domain'
import { loadMembershipRole } from '../services/access/actor.ts'
import type { FileStore } from '../services/files/file-store.ts'
import {
  openStoredFile,
  saveStoredFile,
  storedFileOrganizationFor,
  storedFileSummary,
} from '../services/files/stored-files.ts'
import { refuse, type HttpRefusal } from './http-refusals.ts'
import { createHttpContext, type ContextDeps } from '../trpc/context.ts'

export const FILES_PATH = '/api/files'

export interface FilesDeps extends ContextDeps {
  files: FileStore
}

/** `/api/files` (upload) and `/api/files/<id>` (download). */
export function isFilesPath(pathname: string): boolean {
  return pathname === FILES_PATH || pathname.startsWith(`${FILES_PATH}/`)
}

const UploadQuerySchema = z.object({ organizationId: z.uuid() })
const FileIdSchema = z.uuid()

/** The body, or null once it passes `limit` bytes (then the rest is not read). */
async function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) return null
    chunks.push(chunk)
  }
  return new Uint8Array(Buffer.concat(chunks, size))
}

function decodeFileName(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string' || header === '') return null
  try {
    return decodeURIComponent(header)
  } catch {
    return null
  }
}

/** A refusal sent before the body was read: close the connection rather than drain 10 MB+. */
function refuseUnread(res: ServerResponse, refusal: HttpRefusal): void {
  res.setHeader('Connection', 'close')
  refuse(res, refusal)
}

async function answerUpload(
  deps: FilesDeps,
  userId: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const query = UploadQuerySchema.safeParse(
    Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams),
  )
  if (!query.success) {
    return refuseUnread(res, {
      status: 400,
      code: 'VALIDATION.FAILED',
      error: 'Give the organization the file belongs to: ?organizationId=<id>.',
    })
  }
  const { organizationId } = query.data
  try {
    await loadMembershipRole(deps.prisma, userId, organizationId)
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'AUTH.FORBIDDEN') throw error
    return refuseUnread(res, {
      status: 403,
      code: 'AUTH.FORBIDDEN',
      error: 'You are not a member of this organization.',
    })
  }
  const contentType = mediaTypeOf(req.headers['content-type'])
  if (!StoredFileContentTypeSchema.safeParse(contentType).success) {
    return refuseUnread(res, {
      status: 415,
      code: 'FILE.UNSUPPORTED_TYPE',
      error: `Files of type "${contentType}" are not accepted. Accepted: ${STORED_FILE_CONTENT_TYPES.join(', ')}.`,
    })
  }
  const fileName = decodeFileName(req.headers['x-file-name'])
  if (fileName === null) {
    return refuseUnread(res, {
      status: 400,
      code: 'VALIDATION.FAILED',
      error: 'Give the file name in the X-File-Name header (URI-encoded).',
    })
  }
  const tooLarge: HttpRefusal = {
    status: 413,
    code: 'FILE.TOO_LARGE',
    error: 'Files can be at most 10 MB.',
  }
  if (Number(req.headers['content-length'] ?? 0) > MAX_STORED_FILE_BYTES) {
    return refuseUnread(res, tooLarge)
  }
  const bytes = await readBody(req, MAX_STORED_FILE_BYTES)
  if (!bytes) return refuseUnread(res, tooLarge)
  try {
    const row = await saveStoredFile(
      deps.prisma,
      deps.files,
      { userId, organizationId },
      {
        fileName,
        contentType,
        bytes,
      },
    )
    res.statusCode = 201
    res.setHeader('Content-Type', 'application/json; charset=utf-8')
    res.setHeader('Cache-Control', 'no-store')
    res.end(JSON.stringify(storedFileSummary(row)))
  } catch (error) {
    if (isDomainError(error) && error.code === 'VALIDATION.FAILED') {
      return refuse(res, { status: 400, code: error.code, error: error.message })
    }
    throw error
  }
}

function contentDisposition(fileName: string, contentType: string): string {
  const kind = isInlineContentType(contentType) ? 'inline' : 'attachment'
  // An ASCII fallback for old clients, and the exact name (RFC 5987) for the rest.
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/gu, '_')
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}

async function answerDownload(
  deps: FilesDeps,
  userId: string,
  fileId: string,
  res: ServerResponse,
): Promise<void> {
  const notFound: HttpRefusal = { status: 404, code: 'NOT_FOUND', error: 'No such file.' }
  if (!FileIdSchema.safeParse(fileId).success) return refuse(res, notFound)
  const organizationId = await storedFileOrganizationFor(deps.prisma, userId, fileId)
  if (!organizationId) return refuse(res, notFound)
  let opened: Awaited<ReturnType<typeof openStoredFile>>
  try {
    opened = await openStoredFile(deps.prisma, deps.files, { organizationId }, fileId)
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'FILE.DAMAGED') throw error
    return refuse(res, { status: 500, code: error.code, error: error.message })
  }
  const { file, bytes } = opened
  res.statusCode = 200
  res.setHeader('Content-Type', file.contentType)
  res.setHeader('Content-Length', String(bytes.byteLength))
  res.setHeader('Content-Disposition', contentDisposition(file.fileName, file.contentType))
  res.setHeader('X-Content-Type-Options', 'nosniff')
  // The bytes under an id never change; only members may see them, so private caches only.
  res.setHeader('Cache-Control', 'private, max-age=31536000, immutable')
  res.setHeader('ETag', `"${file.sha256}"`)
  res.end(bytes)
}

/** Answers POST /api/files and GET /api/files/<id>. */
export async function answerFiles(
  deps: FilesDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const pathname = new URL(req.url ?? '/', 'http://x').pathname
  const upload = pathname === FILES_PATH
  const method = upload ? 'POST' : 'GET'
  if (req.method !== method && !(method === 'GET' && req.method === 'HEAD')) {
    res.setHeader('Allow', method)
    return refuseUnread(res, { status: 405, code: 'METHOD_NOT_ALLOWED', error: `Use ${method}.` })
  }
  const ctx = await createHttpContext(deps, req, res)
  if (!ctx.session) {
    return refuseUnread(res, {
      status: 401,
      code: 'AUTH.UNAUTHENTICATED',
      error: 'Sign in to use files.',
    })
  }
  if (upload) return answerUpload(deps, ctx.session.user.id, req, res)
  return answerDownload(deps, ctx.session.user.id, pathname.slice(FILES_PATH.length + 1), res)
}
