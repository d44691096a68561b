// Lobby kiosks through the real router on PostgreSQL: who manages them, the token shown once and
// stored hashed, revoked and foreign tokens refused, the kiosk check-in (pre-registered by name or
// walk-in, both acknowledgements, the agreement's hash), check-out by badge, audit entries with
// the kiosk's id and no actor, and the rate limit.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { encodeQrPayload } from '@growops/domain'
import { sha256Hex } from '../../services/audit/append-audit-entry.ts'
import { KIOSK_LIMITS, kioskRateLimiter } from '../../services/visitors/kiosk-rate-limit.ts'
import { domainCodeOf } from '../../test/cultivation-fixture.ts'
import type { Caller } from '../../test/tenancy.ts'
import {
  AGREEMENT_SHA,
  createVisitorFixture,
  type VisitorFixture,
} from '../visitor/visitor-fixture.ts'

let db: TestDatabase
let x: VisitorFixture
let org: string
let kiosk: { kioskId: string; token: string }
let lobby: Caller

beforeAll(async () => {
  db = await createTestDatabase()
  x = await createVisitorFixture(db.prisma, 'kiosk')
  org = x.org
  kiosk = await x.newKiosk()
  lobby = await x.publicCaller()
})

afterAll(async () => {
  await db.drop()
})

beforeEach(() => {
  x.live.clear()
  kioskRateLimiter.reset()
})

function checkInInput(overrides: Record<string, unknown> = {}) {
  return {
    token: kiosk.token,
    visitorName: 'Walk In',
    company: 'Acme Irrigation',
    purpose: 'Pump repair',
    hostId: x.f.tenant.userIds.HEAD_GROWER,
    zoneIds: [x.lobbyId],
    idChecked: true as const,
    safetyAgreementAccepted: true as const,
    safetyAgreementSha: AGREEMENT_SHA,
    ...overrides,
  }
}

describe('kiosk management', () => {
  it('[VIS12] STAFF and HEAD_GROWER cannot create kiosks; ACCOUNTANT lists them; the token is shown once', async () => {
    const input = { organizationId: org, propertyId: x.f.propertyId, name: 'Side door' }
    for (const role of ['STAFF', 'HEAD_GROWER', 'ACCOUNTANT'] as const) {
      expect([role, await domainCodeOf(x.as[role].kiosk.create(input))]).toEqual([
        role,
        'AUTH.FORBIDDEN',
      ])
    }
    const created = await x.as.COMPLIANCE_MANAGER.kiosk.create(input)
    expect(created.token).toMatch(/^gk_[A-Za-z0-9_-]{43}$/)
    const row = await db.prisma.kioskDevice.findUniqueOrThrow({ where: { id: created.kiosk.id } })
    expect(row.tokenHash).toBe(sha256Hex(created.token))
    const audit = await db.prisma.auditLog.findMany({ where: { entityId: created.kiosk.id } })
    expect(audit.map((entry) => entry.action)).toEqual(['kiosk.create'])
    expect(JSON.stringify(audit.map((entry) => entry.after))).not.toContain(created.token)
    const listed = await x.as.ACCOUNTANT.kiosk.list({
      organizationId: org,
      propertyId: x.f.propertyId,
    })
    expect(listed.map((k) => k.name)).toEqual(expect.arrayContaining(['Side door', 'Lobby']))
    expect(JSON.stringify(listed)).not.toContain(created.token)
    expect(
      await domainCodeOf(
        x.as.STAFF.kiosk.list({ organizationId: org, propertyId: x.f.propertyId }),
      ),
    ).toBe('AUTH.FORBIDDEN')
  })

  it('[VIS9] a revoked or unknown token is refused; revoking twice changes nothing', async () => {
    const doomed = await x.newKiosk()
    expect((await lobby.kiosk.session({ token: doomed.token })).kiosk.id).toBe(doomed.kioskId)
    expect(
      await domainCodeOf(x.as.STAFF.kiosk.revoke({ organizationId: org, kioskId: doomed.kioskId })),
    ).toBe('AUTH.FORBIDDEN')
    const revoked = await x.as.OWNER.kiosk.revoke({ organizationId: org, kioskId: doomed.kioskId })
    expect(revoked.revokedAt).not.toBeNull()
    expect(
      (await x.as.OWNER.kiosk.revoke({ organizationId: org, kioskId: doomed.kioskId })).revokedAt,
    ).toBe(revoked.revokedAt)
    for (const token of [doomed.token, `gk_${'x'.repeat(43)}`, 'not-a-token']) {
      expect(await domainCodeOf(lobby.kiosk.session({ token }))).toBe('KIOSK.INVALID_TOKEN')
      expect(await domainCodeOf(lobby.kiosk.checkIn(checkInInput({ token })))).toBe(
        'KIOSK.INVALID_TOKEN',
      )
      expect(await domainCodeOf(lobby.kiosk.checkOut({ token, badge: '0000000000' }))).toBe(
        'KIOSK.INVALID_TOKEN',
      )
    }
    expect(
      await domainCodeOf(
        x.b.as.OWNER.kiosk.revoke({ organizationId: x.b.organizationId, kioskId: kiosk.kioskId }),
      ),
    ).toBe('NOT_FOUND')
  })

  it('[VIS9] too many refused tokens from one address are slowed down', async () => {
    const from = await x.publicCaller('10.9.9.9')
    const bad = { token: `gk_${'y'.repeat(43)}` }
    for (let attempt = 0; attempt < KIOSK_LIMITS.badTokensPerAddress; attempt++) {
      expect(await domainCodeOf(from.kiosk.session(bad))).toBe('KIOSK.INVALID_TOKEN')
    }
    expect(await domainCodeOf(from.kiosk.session(bad))).toBe('KIOSK.TOO_MANY_REQUESTS')
    // Even the right token waits out the window from that address; others are unaffected.
    expect(await domainCodeOf(from.kiosk.session({ token: kiosk.token }))).toBe(
      'KIOSK.TOO_MANY_REQUESTS',
    )
    expect((await lobby.kiosk.session({ token: kiosk.token })).kiosk.id).toBe(kiosk.kioskId)
  })
})

describe('kiosk session', () => {
  it('[VIS9] shows the property, hosts by name only, zones, and the agreement with its hash', async () => {
    const session = await lobby.kiosk.session({ token: kiosk.token, locale: 'es' })
    expect(session.property.id).toBe(x.f.propertyId)
    expect(session.hosts.map((host) => Object.keys(host).sort())).toEqual(
      session.hosts.map(() => ['id', 'name']),
    )
    expect(session.hosts).toHaveLength(5)
    expect(session.zones.map((zone) => zone.code)).toEqual(['GROW', 'LOBBY'])
    expect(session.agreement.sha256).toBe(sha256Hex(session.agreement.text))
    expect(session.agreement.text).toMatch(/acompañante/)
    const seen = await db.prisma.kioskDevice.findUniqueOrThrow({ where: { id: kiosk.kioskId } })
    expect(seen.lastSeenAt).not.toBeNull()
  })
})

describe('kiosk check-in and check-out', () => {
  it('[VIS5] refuses a check-in without the ID acknowledgement, the agreement, or with an unknown agreement', async () => {
    for (const field of ['idChecked', 'safetyAgreementAccepted'] as const) {
      const call = lobby.kiosk.checkIn(checkInInput({ [field]: false }))
      expect(await domainCodeOf(call)).toBe('VALIDATION.FAILED')
    }
    expect(
      await domainCodeOf(lobby.kiosk.checkIn(checkInInput({ safetyAgreementSha: 'f'.repeat(64) }))),
    ).toBe('VISIT.AGREEMENT_CHANGED')
    expect(await db.prisma.visit.count({ where: { visitorName: 'Walk In' } })).toBe(0)
  })

  it('[VIS11] a pre-registered visitor is found by name; host told; events; audit with the kiosk id', async () => {
    const expected = await x.as.OWNER.visitor.preRegister({
      organizationId: org,
      propertyId: x.f.propertyId,
      visitorName: 'José Núñez',
      purpose: 'Audit',
      zoneIds: [x.growId, x.lobbyId],
      expectedAt: new Date().toISOString(),
    })
    x.live.clear()
    const badge = await lobby.kiosk.checkIn(
      checkInInput({
        visitorName: ' jose  nunez ',
        company: 'State',
        hostId: x.f.tenant.userIds.OWNER,
        zoneIds: [x.growId],
      }),
    )
    expect(badge).toMatchObject({
      visitId: expected.id,
      preRegistered: true,
      visitorName: 'José Núñez',
      company: 'State',
      host: { id: x.f.tenant.userIds.OWNER },
      currentZoneId: x.growId,
      badgeCode: expected.badgeCode,
    })
    expect(badge.zones.map((zone) => zone.code)).toEqual(['LOBBY', 'GROW'])
    expect(x.live.published.map((e) => [e.type, e.propertyId, e.userId])).toEqual([
      ['visitor.checkedIn', x.f.propertyId, null],
      ['zone.occupancy', x.f.propertyId, null],
      ['notification.created', null, x.f.tenant.userIds.OWNER],
    ])
    expect(x.live.published[1]?.payload).toEqual({ zoneId: x.growId, count: 1, capacity: null })
    const row = await db.prisma.visit.findUniqueOrThrow({ where: { id: expected.id } })
    expect(row).toMatchObject({
      status: 'CHECKED_IN',
      idCheckedById: null,
      safetyAgreementSha: AGREEMENT_SHA,
    })
    expect(row.idCheckedAt).not.toBeNull()
    const entries = await db.prisma.auditLog.findMany({
      where: { entityId: expected.id, action: 'visit.checkIn' },
    })
    expect(entries).toHaveLength(1)
    expect(entries[0]?.actorId).toBeNull()
    expect(entries[0]?.after).toMatchObject({ kioskId: kiosk.kioskId, walkIn: false })
    await lobby.kiosk.checkOut({ token: kiosk.token, badge: badge.badgeCode })
  })

  it('[VIS4] a walk-in checks in, then out by scanning the badge; a second scan is not an error', async () => {
    const badge = await lobby.kiosk.checkIn(checkInInput())
    expect(badge.preRegistered).toBe(false)
    expect((await db.prisma.visit.findUniqueOrThrow({ where: { id: badge.visitId } })).hostId).toBe(
      x.f.tenant.userIds.HEAD_GROWER,
    )
    const zones = await x.as.STAFF.visitor.zones({
      organizationId: org,
      propertyId: x.f.propertyId,
    })
    expect(zones.zones.find((zone) => zone.id === x.lobbyId)?.count).toBe(1)
    x.live.clear()
    const scanned = encodeQrPayload(
      { kind: 'v', badgeCode: badge.badgeCode },
      'https://grow.example',
    )
    const out = await lobby.kiosk.checkOut({ token: kiosk.token, badge: scanned })
    expect(out).toMatchObject({ visitId: badge.visitId, alreadyCheckedOut: false })
    expect(x.live.published.map((e) => e.type)).toEqual([
      'visitor.checkedOut',
      'zone.occupancy',
      'notification.created',
    ])
    expect(x.live.published[1]?.payload).toMatchObject({ zoneId: x.lobbyId, count: 0 })
    x.live.clear()
    const again = await lobby.kiosk.checkOut({ token: kiosk.token, badge: badge.badgeLabel })
    expect(again).toEqual({ ...out, alreadyCheckedOut: true })
    expect(x.live.published).toEqual([])
    const actions = await db.prisma.auditLog.findMany({
      where: { entityId: badge.visitId },
      orderBy: { seq: 'asc' },
      select: { action: true, actorId: true, after: true },
    })
    expect(actions.map((entry) => [entry.action, entry.actorId])).toEqual([
      ['visit.walkIn', null],
      ['visit.checkIn', null],
      ['visit.checkOut', null],
    ])
    expect(actions[2]?.after).toMatchObject({ kioskId: kiosk.kioskId })
    // A checked-out badge never checks in again, even at reception.
    expect(
      await domainCodeOf(
        x.as.OWNER.visitor.checkIn({
          organizationId: org,
          visitId: badge.visitId,
          idChecked: true,
          safetyAgreementAccepted: true,
        }),
      ),
    ).toBe('VISIT.INVALID_TRANSITION')
  })

  it('[VIS9] a kiosk of another property cannot use this property’s zones or check out its badges', async () => {
    const north = await x.newKiosk(x.northPropertyId)
    expect(await domainCodeOf(lobby.kiosk.checkIn(checkInInput({ token: north.token })))).toBe(
      'VALIDATION.FAILED',
    )
    const here = await lobby.kiosk.checkIn(checkInInput({ visitorName: 'Main Only' }))
    expect(
      await domainCodeOf(lobby.kiosk.checkOut({ token: north.token, badge: here.badgeCode })),
    ).toBe('NOT_FOUND')
    expect(
      await domainCodeOf(
        lobby.kiosk.checkIn(checkInInput({ hostId: x.b.userIds.OWNER, visitorName: 'Wrong host' })),
      ),
    ).toBe('VALIDATION.FAILED')
    expect(
      await domainCodeOf(
        lobby.kiosk.checkOut({ token: kiosk.token, badge: '/q/1/p/1A4010300000001000000042' }),
      ),
    ).toBe('QR.INVALID')
    await lobby.kiosk.checkOut({ token: kiosk.token, badge: here.badgeCode })
  })
})
