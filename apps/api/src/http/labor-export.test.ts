// GET /exports/labor.csv on a real server (port 0): the report as CSV for readers and owners,
// and every refusal (signed out, bad parameters, STAFF, another organization).
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession, SESSION_COOKIE_NAME } from '@growops/db'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { LABOR_CSV_COLUMNS } from '@growops/domain'
import { createApiServer } from '../server.ts'
import { readCsv } from '../test/read-csv.ts'
import { createTenant, type TenantFixture } from '../test/tenancy.ts'

const H = 3_600_000
let db: TestDatabase
let a: TenantFixture
let b: TenantFixture
let baseUrl: string
let close: () => Promise<void>
const cookies = {} as Record<'owner' | 'accountant' | 'staff' | 'otherOwner', string>

async function cookieFor(userId: string): Promise<string> {
  const { token } = await createSession(db.prisma, userId, {
    userAgent: 'vitest',
    ipAddress: '127.0.0.1',
  })
  return `${SESSION_COOKIE_NAME}=${token}`
}

beforeAll(async () => {
  db = await createTestDatabase()
  a = await createTenant(db.prisma, 'labor-export-a')
  b = await createTenant(db.prisma, 'labor-export-b')
  cookies.owner = await cookieFor(a.userIds.OWNER)
  cookies.accountant = await cookieFor(a.userIds.ACCOUNTANT)
  cookies.staff = await cookieFor(a.userIds.STAFF)
  cookies.otherOwner = await cookieFor(b.userIds.OWNER)
  // STAFF works 10 h on Monday 2026-10-05 at $20 (role rate): 8 × 20 + 2 × 30 = $220.
  await db.prisma.wageRate.create({
    data: {
      organizationId: a.organizationId,
      role: 'STAFF',
      hourlyCents: 2000,
      effectiveFrom: new Date('2026-01-01T00:00:00Z'),
      createdById: a.userIds.OWNER,
    },
  })
  const start = new Date('2026-10-05T07:00:00Z')
  await db.prisma.timeEntry.create({
    data: {
      organizationId: a.organizationId,
      userId: a.userIds.STAFF,
      clockInAt: start,
      clockOutAt: new Date(start.getTime() + 10 * H),
      createdById: a.userIds.STAFF,
    },
  })
  const server = createApiServer({
    prisma: db.prisma,
    env: { COOKIE_SECURE: 'auto', TRUST_PROXY: false, NODE_ENV: 'test' },
    log: () => undefined,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = async () => {
    await server.live.close()
    await new Promise((resolve) => server.close(() => resolve(null)))
  }
}, 120_000)

afterAll(async () => {
  await close()
  await db.drop()
})

const week = { from: '2026-10-05', to: '2026-10-11', groupBy: 'person', timeZone: 'UTC' }

function exportCsv(cookie: string | null, params: Record<string, string>) {
  return fetch(`${baseUrl}/exports/labor.csv?${new URLSearchParams(params).toString()}`, {
    headers: cookie ? { cookie } : {},
  })
}

describe('GET /exports/labor.csv', () => {
  it('[LAB15] answers the report as CSV for the accountant', async () => {
    const response = await exportCsv(cookies.accountant, {
      organizationId: a.organizationId,
      ...week,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="labor-person-2026-10-05-to-2026-10-11.csv"',
    )
    const [header, ...rows] = readCsv(await response.text())
    expect(header).toEqual([...LABOR_CSV_COLUMNS])
    expect(rows).toEqual([
      [
        'person',
        a.userIds.STAFF,
        'STAFF of labor-export-a',
        '10.00',
        '8.00',
        '2.00',
        '0.00',
        'yes',
        '220.00',
        '0.00',
        '1',
        '',
        '',
      ],
      ['total', 'total', '', '10.00', '8.00', '2.00', '0.00', 'yes', '220.00', '0.00', '1', '', ''],
    ])
  })

  it('[LAB15] refuses a signed-out request, bad parameters, STAFF and other organizations', async () => {
    const signedOut = await exportCsv(null, { organizationId: a.organizationId, ...week })
    expect(signedOut.status).toBe(401)
    expect(await signedOut.json()).toMatchObject({ code: 'AUTH.UNAUTHENTICATED' })

    const missing = await exportCsv(cookies.owner, {
      organizationId: a.organizationId,
      from: week.from,
      to: week.to,
    })
    expect(missing.status).toBe(400)
    expect(await missing.json()).toMatchObject({
      code: 'VALIDATION.FAILED',
      fieldErrors: { groupBy: [expect.any(String)] },
    })
    const unknown = await exportCsv(cookies.owner, {
      organizationId: a.organizationId,
      ...week,
      limit: '3',
    })
    expect(unknown.status).toBe(400)
    expect(await unknown.json()).toMatchObject({
      fieldErrors: { limit: ['Not a parameter of this export.'] },
    })

    const staff = await exportCsv(cookies.staff, { organizationId: a.organizationId, ...week })
    expect(staff.status).toBe(403)
    expect(await staff.json()).toMatchObject({
      code: 'AUTH.FORBIDDEN',
      messageKey: 'errors.AUTH.FORBIDDEN',
    })
    const other = await exportCsv(cookies.otherOwner, { organizationId: a.organizationId, ...week })
    expect(other.status).toBe(403)

    const post = await fetch(`${baseUrl}/exports/labor.csv`, {
      method: 'POST',
      headers: { cookie: cookies.owner },
    })
    expect(post.status).toBe(405)
  })
})
