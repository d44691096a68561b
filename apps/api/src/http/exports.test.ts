// GET /exports/audit.csv on a real server (port 0): a 20,000-entry export streamed with
// backpressure and read back cell for cell, filters and file names, and every refusal.
import { request as httpRequest, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession, SESSION_COOKIE_NAME } from '@growops/db'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { AUDIT_CSV_COLUMNS } from '@growops/domain'
import { createApiServer } from '../server.ts'
import { appendAuditEntries } from '../services/audit/append-audit-entry.ts'
import { readCsv } from '../test/read-csv.ts'
import { createTenant, type TenantFixture } from '../test/tenancy.ts'

const ENTRIES = 20_000
const PAGE_SIZE = 500
// Cells a naive export would break or a spreadsheet would run.
const TRICKY_IDS = ['=1+2', '+SUM(A1)', '-3', '@cmd', 'a,b', 'say "hi"', 'line1\nline2', 'ñandú 🌱']
const NOTE = 'x'.repeat(400)

let db: TestDatabase
let a: TenantFixture
let b: TenantFixture
let baseUrl: string
let close: () => Promise<void>
let pagesRead = 0
const cookies = {} as Record<'aOwner' | 'aAccountant' | 'aStaff' | 'bOwner', string>

async function cookieFor(userId: string): Promise<string> {
  const { token } = await createSession(db.prisma, userId, {
    userAgent: 'vitest',
    ipAddress: '127.0.0.1',
  })
  return `${SESSION_COOKIE_NAME}=${token}`
}

beforeAll(async () => {
  db = await createTestDatabase()
  a = await createTenant(db.prisma, 'export-a')
  b = await createTenant(db.prisma, 'export-b')
  cookies.aOwner = await cookieFor(a.userIds.OWNER)
  cookies.aAccountant = await cookieFor(a.userIds.ACCOUNTANT)
  cookies.aStaff = await cookieFor(a.userIds.STAFF)
  cookies.bOwner = await cookieFor(b.userIds.OWNER)
  for (let from = 0; from < ENTRIES; from += 5000) {
    await db.prisma.$transaction((tx) =>
      appendAuditEntries(
        tx,
        Array.from({ length: 5000 }, (_, index) => {
          const n = from + index
          return {
            organizationId: a.organizationId,
            actorId: n % 2 === 0 ? a.userIds.OWNER : null,
            action: n % 4 === 0 ? 'batch.update' : 'plant.move',
            entityType: n % 4 === 0 ? 'Batch' : 'Plant',
            entityId: TRICKY_IDS[n % TRICKY_IDS.length] ?? '',
            before: null,
            after: { n, note: NOTE, quote: 'he said "no", then left' },
          }
        }),
      ),
    )
  }
  await db.prisma.$transaction((tx) =>
    appendAuditEntries(tx, [
      {
        organizationId: b.organizationId,
        actorId: null,
        action: 'plant.move',
        entityType: 'Plant',
        entityId: 'b-only',
      },
    ]),
  )
  const server = createApiServer({
    prisma: db.prisma,
    env: { COOKIE_SECURE: 'auto', TRUST_PROXY: false, NODE_ENV: 'test' },
    log: () => undefined,
    auditCsv: { pageSize: PAGE_SIZE, onPage: () => pagesRead++ },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => new Promise((resolve) => server.close(() => resolve()))
}, 120_000)

afterAll(async () => {
  await close()
  await db.drop()
})

function exportUrl(params: Record<string, string>): string {
  return `${baseUrl}/exports/audit.csv?${new URLSearchParams(params).toString()}`
}

function exportA(cookie: string, params: Record<string, string> = {}) {
  return fetch(exportUrl({ organizationId: a.organizationId, ...params }), { headers: { cookie } })
}

describe('GET /exports/audit.csv', () => {
  it('streams 20,000 entries oldest first, every cell read back exactly', async () => {
    const started = performance.now()
    const response = await exportA(cookies.aAccountant)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="audit-export-a-all.csv"',
    )
    expect(response.headers.get('content-length')).toBeNull()
    expect(response.headers.get('transfer-encoding')).toBe('chunked')
    const text = await response.text()
    const elapsedMs = performance.now() - started

    const [header, ...rows] = readCsv(text)
    expect(header).toEqual([...AUDIT_CSV_COLUMNS])
    expect(rows).toHaveLength(ENTRIES)
    const seqs = rows.map((row) => BigInt(row[0] ?? '0'))
    expect(seqs.every((seq, index) => index === 0 || seq === (seqs[index - 1] ?? 0n) + 1n)).toBe(
      true,
    )
    const wrongIds = rows.filter((row, n) => {
      const id = TRICKY_IDS[n % TRICKY_IDS.length] ?? ''
      return row[7] !== (/^[=+\-@]/.test(id) ? `'${id}` : id)
    })
    expect(wrongIds).toEqual([])
    const [first] = rows
    expect(first?.slice(2, 7)).toEqual([
      a.userIds.OWNER,
      'OWNER of export-a',
      'owner@export-a.test',
      'batch.update',
      'Batch',
    ])
    expect(JSON.parse(first?.[9] ?? '')).toEqual({
      n: 0,
      note: NOTE,
      quote: 'he said "no", then left',
    })
    expect(first?.[8]).toBe('')
    expect(rows[1]?.slice(2, 5)).toEqual(['', '', ''])
    // The file carries the chain: every prevHash is the hash on the line before.
    expect(rows.every((row, index) => index === 0 || row[10] === rows[index - 1]?.[11])).toBe(true)
    console.info(
      `[exports] ${ENTRIES} entries, ${(text.length / 1e6).toFixed(1)} MB of CSV in ${elapsedMs.toFixed(0)} ms`,
    )
  })

  it('reads no further ahead than the client takes (backpressure), and finishes when it resumes', async () => {
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const request = httpRequest(exportUrl({ organizationId: a.organizationId }), {
        headers: { cookie: cookies.aOwner },
      })
      request.on('response', resolve).on('error', reject).end()
    })
    response.pause()
    const pagesBefore = pagesRead
    // Wait until the server stops reading: the socket's buffers are full and it awaits drain.
    let last = -1
    for (let still = 0; still < 3;) {
      await new Promise((resolve) => setTimeout(resolve, 150))
      still = pagesRead === last ? still + 1 : 0
      last = pagesRead
    }
    const pagesWhilePaused = pagesRead - pagesBefore
    // The file is 40 pages of ~350 kB; a paused client holds the server to what the kernel's
    // socket buffers take (a few MB), never the whole log.
    expect(pagesWhilePaused).toBeLessThan(ENTRIES / PAGE_SIZE / 2)

    let bytes = 0
    let lines = 0
    response.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      for (const byte of chunk) if (byte === 0x0a) lines++
    })
    response.resume()
    await new Promise((resolve) => response.on('end', resolve))
    // Header, 20,000 records, and a line break inside one cell of every eighth record.
    expect(lines).toBe(1 + ENTRIES + ENTRIES / TRICKY_IDS.length)
    console.info(
      `[exports] paused client: ${pagesWhilePaused} of ${ENTRIES / PAGE_SIZE} pages read ahead; ${(bytes / 1e6).toFixed(1)} MB after resuming`,
    )
  })

  it('stops reading the log when the client goes away, and keeps serving', async () => {
    const pagesBefore = pagesRead
    await new Promise<void>((resolve, reject) => {
      const request = httpRequest(exportUrl({ organizationId: a.organizationId }), {
        headers: { cookie: cookies.aOwner },
      })
      request.on('error', () => undefined)
      request.on('response', (response) => {
        response.once('data', () => {
          request.destroy()
          resolve()
        })
      })
      request.on('close', resolve)
      request.once('error', reject)
      request.end()
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const pagesAfterAbort = pagesRead - pagesBefore
    expect(pagesAfterAbort).toBeLessThan(ENTRIES / PAGE_SIZE / 2)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(pagesRead - pagesBefore).toBe(pagesAfterAbort)
    expect((await fetch(`${baseUrl}/health`)).status).toBe(200)
  })

  it('exports a range and an entity type, named after the organization and the range', async () => {
    const newest = await db.prisma.auditLog.findFirstOrThrow({
      where: { organizationId: a.organizationId },
      orderBy: { seq: 'desc' },
    })
    const day = newest.createdAt.toISOString().slice(0, 10)
    const response = await exportA(cookies.aOwner, { from: day, to: day, entityType: 'Batch' })
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="audit-export-a-${day}-to-${day}.csv"`,
    )
    const [, ...rows] = readCsv(await response.text())
    expect(rows).toHaveLength(ENTRIES / 4)
    expect(rows.every((row) => row[6] === 'Batch')).toBe(true)

    const future = await exportA(cookies.aOwner, { from: '2999-01-01' })
    expect(future.headers.get('content-disposition')).toContain(
      'audit-export-a-from-2999-01-01.csv',
    )
    expect(readCsv(await future.text())).toEqual([[...AUDIT_CSV_COLUMNS]])
  })

  it("gives an organization only its own entries and refuses another's", async () => {
    const own = await fetch(exportUrl({ organizationId: b.organizationId }), {
      headers: { cookie: cookies.bOwner },
    })
    const [, ...rows] = readCsv(await own.text())
    expect(rows.map((row) => row[7])).toEqual(['b-only'])

    const crossed = await exportA(cookies.bOwner)
    expect(crossed.status).toBe(403)
    expect(await crossed.json()).toMatchObject({
      code: 'AUTH.FORBIDDEN',
      messageKey: 'errors.AUTH.FORBIDDEN',
    })
  })

  it('refuses staff, who have no compliance access', async () => {
    const response = await exportA(cookies.aStaff)
    expect(response.status).toBe(403)
    expect(response.headers.get('content-type')).toContain('application/json')
    expect(((await response.json()) as { error: string }).error).toMatch(/may not export/)
  })

  it('refuses a request without a valid session with 401', async () => {
    const anonymous = await fetch(exportUrl({ organizationId: a.organizationId }))
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toMatchObject({
      code: 'AUTH.UNAUTHENTICATED',
      error: 'Sign in to export the audit trail.',
    })
    const forged = await exportA(`${SESSION_COOKIE_NAME}=not-a-real-session`)
    expect(forged.status).toBe(401)
  })

  it.each([
    ['no organization', {}, 'organizationId'],
    ['an organization that is not an id', { organizationId: 'acme' }, 'organizationId'],
    ['a date that is not ISO', { organizationId: 'A', from: '01/03/2026' }, 'from'],
    [
      'a range that ends before it starts',
      { organizationId: 'A', from: '2026-03-02', to: '2026-03-01' },
      'to',
    ],
    ['a parameter it does not know', { organizationId: 'A', form: '2026-03-01' }, 'form'],
  ])('refuses %s with 400 and says which parameter', async (_name, params, field) => {
    const query = Object.fromEntries(
      Object.entries(params).map(([key, value]) => [key, value === 'A' ? a.organizationId : value]),
    )
    const response = await fetch(exportUrl(query), { headers: { cookie: cookies.aOwner } })
    expect(response.status).toBe(400)
    const body = (await response.json()) as {
      code: string
      error: string
      fieldErrors: Record<string, string[]>
    }
    expect(body.code).toBe('VALIDATION.FAILED')
    expect(Object.keys(body.fieldErrors)).toEqual([field])
    expect(body.error).toContain(field)
  })

  it('refuses a parameter given twice, and methods other than GET', async () => {
    const twice = await fetch(
      `${exportUrl({ organizationId: a.organizationId })}&from=2026-01-01&from=2026-02-01`,
      {
        headers: { cookie: cookies.aOwner },
      },
    )
    expect(twice.status).toBe(400)
    expect(((await twice.json()) as { error: string }).error).toBe('Give "from" once.')
    const post = await fetch(exportUrl({ organizationId: a.organizationId }), {
      method: 'POST',
      headers: { cookie: cookies.aOwner },
    })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET')
  })
})
