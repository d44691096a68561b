// POST /api/files and GET /api/files/<id> on a real server (port 0) with a DiskFileStore in a
// temporary directory: round trip, hash check, organization isolation and every refusal.
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession, SESSION_COOKIE_NAME } from '@growops/db'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { MAX_STORED_FILE_BYTES } from '@growops/domain'
import { createApiServer } from '../server.ts'
import { DiskFileStore } from '../services/files/disk-file-store.ts'
import { createTenant, type TenantFixture } from '../test/tenancy.ts'

let db: TestDatabase
let a: TenantFixture
let b: TenantFixture
let dir: string
let store: DiskFileStore
let baseUrl: string
let close: () => Promise<void>
const cookies = {} as Record<'aStaff' | 'aAccountant' | 'bOwner', string>

// The 8-byte PNG signature and a little more: the api does not decode images, only stores them.
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4])

async function cookieFor(userId: string): Promise<string> {
  const { token } = await createSession(db.prisma, userId, {
    userAgent: 'vitest',
    ipAddress: '127.0.0.1',
  })
  return `${SESSION_COOKIE_NAME}=${token}`
}

beforeAll(async () => {
  db = await createTestDatabase()
  a = await createTenant(db.prisma, 'files-a')
  b = await createTenant(db.prisma, 'files-b')
  cookies.aStaff = await cookieFor(a.userIds.STAFF)
  cookies.aAccountant = await cookieFor(a.userIds.ACCOUNTANT)
  cookies.bOwner = await cookieFor(b.userIds.OWNER)
  dir = await mkdtemp(join(tmpdir(), 'growops-files-test-'))
  store = new DiskFileStore(dir)
  const server = createApiServer({
    prisma: db.prisma,
    env: { COOKIE_SECURE: 'auto', TRUST_PROXY: false, NODE_ENV: 'test' },
    log: () => undefined,
    files: store,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => new Promise((resolve) => server.close(() => resolve()))
}, 120_000)

afterAll(async () => {
  await close()
  await db.drop()
  await rm(dir, { recursive: true, force: true })
})

interface UploadOptions {
  cookie?: string
  organizationId?: string
  contentType?: string
  fileName?: string | null
  body?: Uint8Array
}

function upload(options: UploadOptions = {}): Promise<Response> {
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'image/png',
  }
  if (options.cookie !== undefined) headers.cookie = options.cookie
  const fileName = options.fileName === undefined ? 'leaf.png' : options.fileName
  if (fileName !== null) headers['x-file-name'] = encodeURIComponent(fileName)
  const query = new URLSearchParams({ organizationId: options.organizationId ?? a.organizationId })
  return fetch(`${baseUrl}/api/files?${query.toString()}`, {
    method: 'POST',
    headers,
    body: options.body ?? PNG,
  })
}

interface Uploaded {
  id: string
  fileName: string
  contentType: string
  byteSize: number
}

describe('POST /api/files', () => {
  it('[FILE5] stores a photo of any member, records its hash and audit entry, and serves it back', async () => {
    const response = await upload({ cookie: cookies.aStaff, fileName: 'hoja ñ 🌱.png' })
    expect(response.status).toBe(201)
    const body = (await response.json()) as Uploaded
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(body).toMatchObject({
      fileName: 'hoja ñ 🌱.png',
      contentType: 'image/png',
      byteSize: PNG.byteLength,
    })
    const row = await db.prisma.storedFile.findUniqueOrThrow({ where: { id: body.id } })
    expect(row).toMatchObject({
      organizationId: a.organizationId,
      uploadedById: a.userIds.STAFF,
      byteSize: PNG.byteLength,
      sha256: createHash('sha256').update(PNG).digest('hex'),
    })
    expect(row.storageKey.startsWith(`${a.organizationId}/`)).toBe(true)
    const audit = await db.prisma.auditLog.findFirst({
      where: { organizationId: a.organizationId, entityType: 'StoredFile', entityId: body.id },
    })
    expect(audit?.action).toBe('file.upload')

    const read = await fetch(`${baseUrl}/api/files/${body.id}`, {
      headers: { cookie: cookies.aAccountant },
    })
    expect(read.status).toBe(200)
    expect(read.headers.get('content-type')).toBe('image/png')
    expect(read.headers.get('content-disposition')).toBe(
      `inline; filename="hoja _ _.png"; filename*=UTF-8''${encodeURIComponent('hoja ñ 🌱.png')}`,
    )
    expect(read.headers.get('x-content-type-options')).toBe('nosniff')
    expect(new Uint8Array(await read.arrayBuffer())).toEqual(PNG)
  })

  it('[FILE4] offers text as a download, not in place', async () => {
    const text = new TextEncoder().encode('# SOP\n\nWater at 6.2 pH.\n')
    const response = await upload({
      cookie: cookies.aStaff,
      contentType: 'text/markdown; charset=utf-8',
      fileName: 'sop.md',
      body: text,
    })
    expect(response.status).toBe(201)
    const { id } = (await response.json()) as Uploaded
    const read = await fetch(`${baseUrl}/api/files/${id}`, { headers: { cookie: cookies.aStaff } })
    expect(read.headers.get('content-disposition')).toMatch(/^attachment; filename="sop.md"/)
    expect(await read.text()).toBe('# SOP\n\nWater at 6.2 pH.\n')
  })

  it('[FILE2] refuses more than 10 MB with 413 and stores nothing', async () => {
    const before = await db.prisma.storedFile.count()
    const response = await upload({
      cookie: cookies.aStaff,
      body: new Uint8Array(MAX_STORED_FILE_BYTES + 1),
    })
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({
      code: 'FILE.TOO_LARGE',
      messageKey: 'errors.FILE.TOO_LARGE',
    })
    expect(await db.prisma.storedFile.count()).toBe(before)
  })

  it('[FILE2] takes exactly 10 MB', async () => {
    const response = await upload({
      cookie: cookies.aStaff,
      contentType: 'application/pdf',
      fileName: 'big.pdf',
      body: new Uint8Array(MAX_STORED_FILE_BYTES),
    })
    expect(response.status).toBe(201)
    expect(((await response.json()) as Uploaded).byteSize).toBe(MAX_STORED_FILE_BYTES)
  })

  it('[FILE1] refuses a type it does not take with 415', async () => {
    for (const contentType of ['image/svg+xml', 'text/html', 'application/octet-stream']) {
      const response = await upload({ cookie: cookies.aStaff, contentType })
      expect(response.status).toBe(415)
      expect(((await response.json()) as { code: string }).code).toBe('FILE.UNSUPPORTED_TYPE')
    }
  })

  it('refuses without a session (401), outside the organization (403), without a name or organization (400)', async () => {
    expect((await upload()).status).toBe(401)
    expect((await upload({ cookie: `${SESSION_COOKIE_NAME}=forged` })).status).toBe(401)
    const crossed = await upload({ cookie: cookies.bOwner })
    expect(crossed.status).toBe(403)
    expect(((await crossed.json()) as { code: string }).code).toBe('AUTH.FORBIDDEN')
    expect((await upload({ cookie: cookies.aStaff, fileName: null })).status).toBe(400)
    expect((await upload({ cookie: cookies.aStaff, fileName: '   ' })).status).toBe(400)
    expect((await upload({ cookie: cookies.aStaff, organizationId: 'acme' })).status).toBe(400)
    const get = await fetch(`${baseUrl}/api/files`, { headers: { cookie: cookies.aStaff } })
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')
  })

  it('refuses an upload posted from another site', async () => {
    const response = await fetch(`${baseUrl}/api/files?organizationId=${a.organizationId}`, {
      method: 'POST',
      headers: {
        cookie: cookies.aStaff,
        origin: 'https://evil.example',
        'content-type': 'image/png',
        'x-file-name': 'x.png',
      },
      body: PNG,
    })
    expect(response.status).toBe(403)
  })
})

describe('GET /api/files/<id>', () => {
  it("[FILE6] never serves another organization's file: 404 as for no file at all", async () => {
    const { id } = (await (await upload({ cookie: cookies.aStaff })).json()) as Uploaded
    for (const path of [id, crypto.randomUUID(), 'not-an-id', '..%2F..%2Fetc']) {
      const response = await fetch(`${baseUrl}/api/files/${path}`, {
        headers: { cookie: cookies.bOwner },
      })
      expect(response.status).toBe(404)
      expect(((await response.json()) as { code: string }).code).toBe('NOT_FOUND')
    }
    expect((await fetch(`${baseUrl}/api/files/${id}`)).status).toBe(401)
  })

  it('[FILE7] refuses to serve bytes that changed on disk since the upload', async () => {
    const { id } = (await (await upload({ cookie: cookies.aStaff })).json()) as Uploaded
    const row = await db.prisma.storedFile.findUniqueOrThrow({ where: { id } })
    await writeFile(join(dir, ...row.storageKey.split('/')), new Uint8Array(PNG.byteLength))
    const response = await fetch(`${baseUrl}/api/files/${id}`, {
      headers: { cookie: cookies.aStaff },
    })
    expect(response.status).toBe(500)
    expect(((await response.json()) as { code: string }).code).toBe('FILE.DAMAGED')
    const missing = await upload({ cookie: cookies.aStaff })
    const { id: goneId } = (await missing.json()) as Uploaded
    const gone = await db.prisma.storedFile.findUniqueOrThrow({ where: { id: goneId } })
    await store.remove(gone.storageKey)
    expect(
      (await fetch(`${baseUrl}/api/files/${goneId}`, { headers: { cookie: cookies.aStaff } }))
        .status,
    ).toBe(500)
  })
})
