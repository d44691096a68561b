// GET /exports/visitors.csv on a real server (port 0): who may export, the rows of a range read
// back cell for cell (a kiosk walk-in, a reception visit, one that never came, one of another
// organization), parameter checks, and more visits than one page.
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession, SESSION_COOKIE_NAME } from '@growops/db'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import {
  createVisitorFixture,
  AGREEMENT_SHA,
  type VisitorFixture,
} from '../routers/visitor/visitor-fixture.ts'
import { createApiServer } from '../server.ts'
import { VISITOR_LOG_CSV_COLUMNS } from '../services/visitors/visitor-log-csv.ts'
import { readCsv } from '../test/read-csv.ts'

let db: TestDatabase
let x: VisitorFixture
let baseUrl: string
let close: () => Promise<void>
const cookies = {} as Record<'owner' | 'accountant' | 'grower' | 'staff' | 'bOwner', string>
const ids = {} as Record<'kiosk' | 'reception' | 'noShow', string>
const today = new Date().toISOString().slice(0, 10)

async function cookieFor(userId: string): Promise<string> {
  const { token } = await createSession(db.prisma, userId, {
    userAgent: 'vitest',
    ipAddress: '127.0.0.1',
  })
  return `${SESSION_COOKIE_NAME}=${token}`
}

beforeAll(async () => {
  db = await createTestDatabase()
  x = await createVisitorFixture(db.prisma, 'vexp')
  const users = x.f.tenant.userIds
  cookies.owner = await cookieFor(users.OWNER)
  cookies.accountant = await cookieFor(users.ACCOUNTANT)
  cookies.grower = await cookieFor(users.HEAD_GROWER)
  cookies.staff = await cookieFor(users.STAFF)
  cookies.bOwner = await cookieFor(x.b.userIds.OWNER)
  const kiosk = await x.newKiosk()
  const lobby = await x.publicCaller()
  const walkIn = await lobby.kiosk.checkIn({
    token: kiosk.token,
    visitorName: '=cmd|calc',
    company: 'Acme, "Pumps"',
    purpose: 'Repair',
    hostId: users.HEAD_GROWER,
    zoneIds: [x.lobbyId, x.growId],
    idChecked: true,
    safetyAgreementAccepted: true,
    safetyAgreementSha: AGREEMENT_SHA,
  })
  await lobby.kiosk.checkOut({ token: kiosk.token, badge: walkIn.badgeCode })
  ids.kiosk = walkIn.visitId
  const base = {
    organizationId: x.org,
    propertyId: x.f.propertyId,
    purpose: 'Audit',
    zoneIds: [x.lobbyId],
    expectedAt: new Date().toISOString(),
  }
  const reception = await x.as.OWNER.visitor.preRegister({ ...base, visitorName: 'Dana' })
  await x.as.COMPLIANCE_MANAGER.visitor.checkIn({
    organizationId: x.org,
    visitId: reception.id,
    idChecked: true,
    safetyAgreementAccepted: true,
  })
  ids.reception = reception.id
  ids.noShow = (await x.as.OWNER.visitor.preRegister({ ...base, visitorName: 'No Show' })).id
  const server = createApiServer({
    prisma: db.prisma,
    env: { COOKIE_SECURE: 'auto', TRUST_PROXY: false, NODE_ENV: 'test' },
    log: () => undefined,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => new Promise((resolve) => server.close(() => resolve()))
})

afterAll(async () => {
  await close()
  await db.drop()
})

function get(cookie: string | null, params: Record<string, string>) {
  const url = `${baseUrl}/exports/visitors.csv?${new URLSearchParams(params).toString()}`
  return fetch(url, { headers: cookie ? { cookie } : {} })
}

describe('GET /exports/visitors.csv', () => {
  it('[VIS12] needs a session and COMPLIANCE read', async () => {
    const params = { organizationId: x.org }
    expect((await get(null, params)).status).toBe(401)
    const staff = await get(cookies.staff, params)
    expect(staff.status).toBe(403)
    expect(await staff.json()).toMatchObject({
      code: 'AUTH.FORBIDDEN',
      messageKey: 'errors.AUTH.FORBIDDEN',
    })
    expect((await get(cookies.bOwner, params)).status).toBe(403)
    expect((await get(cookies.grower, params)).status).toBe(200)
    expect((await fetch(`${baseUrl}/exports/visitors.csv`, { method: 'POST' })).status).toBe(405)
  })

  it('writes one row per visit of the range, cells safe for a spreadsheet', async () => {
    const response = await get(cookies.accountant, {
      organizationId: x.org,
      from: today,
      to: today,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="visitor-log-${today}-to-${today}.csv"`,
    )
    const [header, ...rows] = readCsv(await response.text())
    expect(header).toEqual([...VISITOR_LOG_CSV_COLUMNS])
    const byId = new Map(rows.map((row) => [row[0], row]))
    expect([...byId.keys()].sort()).toEqual([ids.kiosk, ids.reception, ids.noShow].sort())
    const column = (name: (typeof VISITOR_LOG_CSV_COLUMNS)[number]) =>
      VISITOR_LOG_CSV_COLUMNS.indexOf(name)
    const kiosk = byId.get(ids.kiosk) ?? []
    expect(kiosk[column('visitorName')]).toBe("'=cmd|calc")
    expect(kiosk[column('company')]).toBe('Acme, "Pumps"')
    expect(kiosk[column('host')]).toBe(`HEAD_GROWER of vexp-a`)
    expect(kiosk[column('status')]).toBe('CHECKED_OUT')
    expect(kiosk[column('idCheckedBy')]).toBe('')
    expect(kiosk[column('safetyAgreementSha256')]).toBe(AGREEMENT_SHA)
    expect(kiosk[column('zones')]).toBe('Grow areas; Lobby')
    expect(kiosk[column('minutesOnSite')]).toBe('0')
    const reception = byId.get(ids.reception) ?? []
    expect(reception[column('status')]).toBe('CHECKED_IN')
    expect(reception[column('idCheckedBy')]).toBe('COMPLIANCE_MANAGER of vexp-a')
    expect(reception[column('checkedOutAt')]).toBe('')
    const noShow = byId.get(ids.noShow) ?? []
    expect(noShow[column('status')]).toBe('EXPECTED')
    expect(noShow[column('checkedInAt')]).toBe('')
  })

  it('a range without the visits is empty; bad parameters are refused with the field', async () => {
    const empty = await get(cookies.owner, { organizationId: x.org, to: '2020-01-01' })
    expect(readCsv(await empty.text())).toHaveLength(1)
    const refused: Record<string, string>[] = [
      { organizationId: 'nope' },
      { organizationId: x.org, from: 'yesterday' },
      { organizationId: x.org, from: today, to: '2020-01-01' },
      { organizationId: x.org, colour: 'red' },
    ]
    for (const params of refused) {
      const response = await get(cookies.owner, params)
      expect([JSON.stringify(params), response.status]).toEqual([JSON.stringify(params), 400])
      expect(await response.json()).toMatchObject({ code: 'VALIDATION.FAILED' })
    }
  })

  it('reads more visits than one page', async () => {
    const many = Array.from({ length: 1100 }, (_, n) => ({
      organizationId: x.org,
      propertyId: x.f.propertyId,
      visitorName: `Bulk ${n}`,
      purpose: 'Tour',
      hostId: x.f.tenant.userIds.OWNER,
      badgeCode: `B${String(n).padStart(9, '0')}`,
      expectedAt: new Date('2021-06-01T10:00:00Z'),
    }))
    await db.prisma.visit.createMany({ data: many })
    const response = await get(cookies.owner, {
      organizationId: x.org,
      from: '2021-06-01',
      to: '2021-06-01',
      propertyId: x.f.propertyId,
    })
    const [, ...rows] = readCsv(await response.text())
    expect(rows).toHaveLength(1100)
    expect(new Set(rows.map((row) => row[0])).size).toBe(1100)
  })
})
