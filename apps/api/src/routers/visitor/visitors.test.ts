// Visitors through the real router on PostgreSQL: zones and their access, pre-registration,
// reception check-in, check-out by anyone (idempotent), zone moves and capacity, cancelling,
// the on-site list for evacuations, audit entries and events published after commit.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import type { LiveEnvelope } from '@growops/domain'
import { domainCodeOf } from '../../test/cultivation-fixture.ts'
import { createVisitorFixture, type VisitorFixture } from './visitor-fixture.ts'

let db: TestDatabase
let x: VisitorFixture
let org: string

beforeAll(async () => {
  db = await createTestDatabase()
  x = await createVisitorFixture(db.prisma, 'vis')
  org = x.org
})

afterAll(async () => {
  await db.drop()
})

beforeEach(() => {
  x.live.clear()
})

function visitInput(overrides: Record<string, unknown> = {}) {
  return {
    organizationId: org,
    propertyId: x.f.propertyId,
    visitorName: 'Dana Inspector',
    company: 'DCC',
    purpose: 'Annual inspection',
    zoneIds: [x.growId, x.lobbyId],
    expectedAt: new Date().toISOString(),
    ...overrides,
  }
}

const ack = { idChecked: true as const, safetyAgreementAccepted: true as const }

async function auditOf(entityId: string) {
  return db.prisma.auditLog.findMany({ where: { entityId }, orderBy: { seq: 'asc' } })
}

function types(envelopes: readonly LiveEnvelope[]) {
  return envelopes.map((envelope) => envelope.type)
}

describe('zones', () => {
  it('[VIS12] only OWNER and COMPLIANCE_MANAGER change zones; every member lists them', async () => {
    const input = { organizationId: org, propertyId: x.f.propertyId, code: 'DRY', name: 'Dry' }
    for (const role of ['HEAD_GROWER', 'STAFF', 'ACCOUNTANT'] as const) {
      expect([role, await domainCodeOf(x.as[role].visitor.createZone(input))]).toEqual([
        role,
        'AUTH.FORBIDDEN',
      ])
    }
    const zone = await x.as.COMPLIANCE_MANAGER.visitor.createZone({
      ...input,
      roomIds: [x.f.dryRoomId],
    })
    expect(zone.rooms.map((room) => room.code)).toEqual(['DRY-A'])
    const listed = await x.as.STAFF.visitor.zones({
      organizationId: org,
      propertyId: x.f.propertyId,
    })
    expect(listed.zones.map((z) => [z.code, z.count])).toEqual([
      ['DRY', 0],
      ['GROW', 0],
      ['LOBBY', 0],
    ])
    expect(listed.zones.find((z) => z.code === 'GROW')?.rooms.map((r) => r.code)).toEqual([
      'DRY-A',
      'VEG-A',
    ])
    expect(
      await domainCodeOf(x.as.STAFF.visitor.removeZone({ organizationId: org, zoneId: zone.id })),
    ).toBe('AUTH.FORBIDDEN')
    await x.as.OWNER.visitor.removeZone({ organizationId: org, zoneId: zone.id })
    expect((await auditOf(zone.id)).map((entry) => entry.action)).toEqual([
      'visitorZone.create',
      'visitorZone.delete',
    ])
  })

  it('[VIS8] refuses a taken code, rooms of another property, and another organization', async () => {
    const base = { organizationId: org, propertyId: x.f.propertyId, name: 'Again' }
    expect(await domainCodeOf(x.as.OWNER.visitor.createZone({ ...base, code: 'LOBBY' }))).toBe(
      'HIERARCHY.CODE_TAKEN',
    )
    expect(
      await domainCodeOf(
        x.as.OWNER.visitor.createZone({
          ...base,
          propertyId: x.northPropertyId,
          code: 'VEG',
          roomIds: [x.f.vegRoomId],
        }),
      ),
    ).toBe('VALIDATION.FAILED')
    expect(
      await domainCodeOf(
        x.b.as.OWNER.visitor.zones({
          organizationId: x.b.organizationId,
          propertyId: x.f.propertyId,
        }),
      ),
    ).toBe('NOT_FOUND')
    expect(
      await domainCodeOf(
        x.b.as.OWNER.visitor.zones({ organizationId: org, propertyId: x.f.propertyId }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    const renamed = await x.as.OWNER.visitor.updateZone({
      organizationId: org,
      zoneId: x.growId,
      name: 'Grow rooms',
    })
    expect(renamed).toMatchObject({ code: 'GROW', name: 'Grow rooms', escortRequired: true })
    expect(renamed.rooms).toHaveLength(2)
  })
})

describe('pre-registration and reception', () => {
  it('[VIS12] any member pre-registers a visit they host; only managers name another host', async () => {
    const mine = await x.as.STAFF.visitor.preRegister(visitInput({ visitorName: 'Sam Guest' }))
    expect(mine).toMatchObject({
      status: 'EXPECTED',
      host: { id: x.f.tenant.userIds.STAFF },
      badgeCode: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{10}$/) as string,
    })
    expect(
      await domainCodeOf(
        x.as.STAFF.visitor.preRegister(visitInput({ hostId: x.f.tenant.userIds.OWNER })),
      ),
    ).toBe('AUTH.FORBIDDEN')
    const forOwner = await x.as.COMPLIANCE_MANAGER.visitor.preRegister(
      visitInput({ hostId: x.f.tenant.userIds.OWNER }),
    )
    expect(forOwner.host.id).toBe(x.f.tenant.userIds.OWNER)
    expect(
      await domainCodeOf(x.as.OWNER.visitor.preRegister(visitInput({ hostId: x.b.userIds.OWNER }))),
    ).toBe('VALIDATION.FAILED')
    expect(
      await domainCodeOf(x.as.OWNER.visitor.preRegister(visitInput({ zoneIds: [x.northZoneId] }))),
    ).toBe('VALIDATION.FAILED')
    // STAFF lists only the visits they host; ACCOUNTANT reads them all.
    const expected = { organizationId: org, propertyId: x.f.propertyId, view: 'expected' as const }
    const staffList = await x.as.STAFF.visitor.list(expected)
    expect(staffList.map((visit) => visit.id)).toEqual([mine.id])
    const all = await x.as.ACCOUNTANT.visitor.list(expected)
    expect(all.map((visit) => visit.id)).toEqual(expect.arrayContaining([mine.id, forOwner.id]))
    expect(
      await domainCodeOf(x.as.STAFF.visitor.get({ organizationId: org, visitId: forOwner.id })),
    ).toBe('NOT_FOUND')
    expect((await auditOf(mine.id)).map((entry) => [entry.action, entry.actorId])).toEqual([
      ['visit.preRegister', x.f.tenant.userIds.STAFF],
    ])
  })

  it('[VIS5] reception check-in needs both acknowledgements; the host is told; events after commit', async () => {
    const visit = await x.as.OWNER.visitor.preRegister(visitInput())
    const bad = {
      organizationId: org,
      visitId: visit.id,
      idChecked: false,
      safetyAgreementAccepted: true,
    }
    // @ts-expect-error the schema allows only `true`
    expect(await domainCodeOf(x.as.COMPLIANCE_MANAGER.visitor.checkIn(bad))).toBe(
      'VALIDATION.FAILED',
    )
    // Another member who neither hosts nor manages may not check it in.
    expect(
      await domainCodeOf(
        x.as.STAFF.visitor.checkIn({ organizationId: org, visitId: visit.id, ...ack }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    const committed: Promise<number>[] = []
    const publish = x.live.publish.bind(x.live)
    x.live.publish = (envelopes) => {
      // Read from another connection the moment they are published: rows must be committed.
      committed.push(
        db.prisma.liveEvent.count({ where: { seq: { in: envelopes.map((e) => BigInt(e.seq)) } } }),
      )
      publish(envelopes)
    }
    try {
      const checkedIn = await x.as.COMPLIANCE_MANAGER.visitor.checkIn({
        organizationId: org,
        visitId: visit.id,
        ...ack,
        agreementLocale: 'es',
      })
      // Zones without an escort come first: the visitor starts in the lobby.
      expect(checkedIn).toMatchObject({
        status: 'CHECKED_IN',
        currentZone: { id: x.lobbyId },
        idCheckedBy: { id: x.f.tenant.userIds.COMPLIANCE_MANAGER },
      })
      expect(checkedIn.safetyAgreementSha).toMatch(/^[0-9a-f]{64}$/)
    } finally {
      x.live.publish = publish
    }
    expect(types(x.live.published)).toEqual([
      'visitor.checkedIn',
      'zone.occupancy',
      'notification.created',
    ])
    expect(await Promise.all(committed)).toEqual([3])
    expect(x.live.published[0]).toMatchObject({
      propertyId: x.f.propertyId,
      userId: null,
      payload: { visitorId: visit.id, name: 'Dana Inspector', zoneId: x.lobbyId },
    })
    expect(x.live.published[1]?.payload).toEqual({ zoneId: x.lobbyId, count: 1, capacity: 2 })
    expect(x.live.published[2]).toMatchObject({
      userId: x.f.tenant.userIds.OWNER,
      payload: {
        kind: 'VISITOR',
        title: 'Dana Inspector has arrived',
        link: `/visitors/${visit.id}`,
      },
    })
    expect(
      await db.prisma.notification.count({ where: { sourceId: visit.id, kind: 'VISITOR' } }),
    ).toBe(1)
    // Anyone may read a visit while it is on site (the badge scan opens it).
    expect(
      (await x.as.STAFF.visitor.get({ organizationId: org, badgeCode: visit.badgeCode })).id,
    ).toBe(visit.id)
    await x.as.STAFF.visitor.checkOut({ organizationId: org, visitId: visit.id })
  })

  it('[VIS4] anyone checks a visitor out by badge; a second check-out changes nothing; the badge never checks in again', async () => {
    const visit = await x.as.OWNER.visitor.preRegister(visitInput({ visitorName: 'Twice Out' }))
    await x.as.OWNER.visitor.checkIn({ organizationId: org, visitId: visit.id, ...ack })
    x.live.clear()
    const first = await x.as.STAFF.visitor.checkOut({
      organizationId: org,
      badgeCode: visit.badgeLabel.toLowerCase(),
    })
    expect(first).toMatchObject({ visitId: visit.id, alreadyCheckedOut: false })
    expect(types(x.live.published)).toEqual([
      'visitor.checkedOut',
      'zone.occupancy',
      'notification.created',
    ])
    expect(x.live.published[1]?.payload).toMatchObject({ zoneId: x.lobbyId, count: 0 })
    x.live.clear()
    const second = await x.as.ACCOUNTANT.visitor.checkOut({
      organizationId: org,
      visitId: visit.id,
    })
    expect(second).toEqual({ ...first, alreadyCheckedOut: true })
    expect(x.live.published).toEqual([])
    const row = await db.prisma.visit.findUniqueOrThrow({ where: { id: visit.id } })
    expect(row).toMatchObject({
      status: 'CHECKED_OUT',
      checkedOutById: x.f.tenant.userIds.STAFF,
      currentZoneId: null,
    })
    expect((await auditOf(visit.id)).map((entry) => entry.action)).toEqual([
      'visit.preRegister',
      'visit.checkIn',
      'visit.checkOut',
    ])
    expect(
      await domainCodeOf(
        x.as.OWNER.visitor.checkIn({ organizationId: org, visitId: visit.id, ...ack }),
      ),
    ).toBe('VISIT.INVALID_TRANSITION')
    // A visit that never arrived cannot be checked out.
    const never = await x.as.OWNER.visitor.preRegister(visitInput({ visitorName: 'Never came' }))
    expect(
      await domainCodeOf(x.as.STAFF.visitor.checkOut({ organizationId: org, visitId: never.id })),
    ).toBe('VISIT.INVALID_TRANSITION')
  })

  it('[VIS6] [VIS7] zone moves stay within the visit, respect capacity, and count live', async () => {
    const lobbyOnly = await x.as.OWNER.visitor.preRegister(
      visitInput({ visitorName: 'Lobby Only', zoneIds: [x.lobbyId] }),
    )
    const both = await x.as.OWNER.visitor.preRegister(visitInput({ visitorName: 'Both Zones' }))
    const third = await x.as.OWNER.visitor.preRegister(visitInput({ visitorName: 'Third' }))
    await x.as.OWNER.visitor.checkIn({ organizationId: org, visitId: lobbyOnly.id, ...ack })
    await x.as.OWNER.visitor.checkIn({ organizationId: org, visitId: both.id, ...ack })
    // LOBBY holds 2: the third waits or starts elsewhere.
    expect(
      await domainCodeOf(
        x.as.OWNER.visitor.checkIn({ organizationId: org, visitId: third.id, ...ack }),
      ),
    ).toBe('VISIT.ZONE_FULL')
    await x.as.OWNER.visitor.checkIn({
      organizationId: org,
      visitId: third.id,
      ...ack,
      zoneId: x.growId,
    })
    expect(
      await domainCodeOf(
        x.as.OWNER.visitor.moveToZone({
          organizationId: org,
          visitId: lobbyOnly.id,
          zoneId: x.growId,
        }),
      ),
    ).toBe('VISIT.ZONE_NOT_ALLOWED')
    expect(
      await domainCodeOf(
        x.as.STAFF.visitor.moveToZone({ organizationId: org, visitId: both.id, zoneId: x.growId }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    x.live.clear()
    const moved = await x.as.OWNER.visitor.moveToZone({
      organizationId: org,
      visitId: both.id,
      zoneId: x.growId,
    })
    expect(moved.currentZone?.id).toBe(x.growId)
    expect(x.live.published.map((e) => e.payload)).toEqual(
      expect.arrayContaining([
        { zoneId: x.lobbyId, count: 1, capacity: 2 },
        { zoneId: x.growId, count: 2, capacity: null },
      ]),
    )
    const zones = await x.as.ACCOUNTANT.visitor.zones({
      organizationId: org,
      propertyId: x.f.propertyId,
    })
    expect(zones.zones.map((z) => [z.code, z.count, z.full])).toEqual([
      ['GROW', 2, false],
      ['LOBBY', 1, false],
    ])
    expect(zones.total).toBe(3)
    expect(
      await domainCodeOf(x.as.OWNER.visitor.removeZone({ organizationId: org, zoneId: x.growId })),
    ).toBe('VISIT.ZONE_OCCUPIED')
    for (const visit of [lobbyOnly, both, third]) {
      await x.as.STAFF.visitor.checkOut({ organizationId: org, visitId: visit.id })
    }
  })

  it('[VIS3] the host cancels an expected visit; one on site cannot be cancelled', async () => {
    const visit = await x.as.STAFF.visitor.preRegister(visitInput({ visitorName: 'Maybe Later' }))
    expect(
      await domainCodeOf(
        x.as.HEAD_GROWER.visitor.cancel({ organizationId: org, visitId: visit.id }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    expect(
      await x.as.STAFF.visitor.cancel({ organizationId: org, visitId: visit.id }),
    ).toMatchObject({
      status: 'CANCELLED',
    })
    expect(
      await domainCodeOf(
        x.as.STAFF.visitor.checkIn({ organizationId: org, visitId: visit.id, ...ack }),
      ),
    ).toBe('VISIT.INVALID_TRANSITION')
    const onSite = await x.as.OWNER.visitor.preRegister(visitInput({ visitorName: 'Here Now' }))
    await x.as.OWNER.visitor.checkIn({ organizationId: org, visitId: onSite.id, ...ack })
    expect(
      await domainCodeOf(x.as.OWNER.visitor.cancel({ organizationId: org, visitId: onSite.id })),
    ).toBe('VISIT.INVALID_TRANSITION')
    await x.as.OWNER.visitor.checkOut({ organizationId: org, visitId: onSite.id })
  })
})

describe('hosts', () => {
  it('[VIS12] lists the organization’s members by name only, for host pickers', async () => {
    const hosts = await x.as.STAFF.visitor.hosts({ organizationId: org })
    expect(hosts.map((host) => host.id).sort()).toEqual(Object.values(x.f.tenant.userIds).sort())
    expect(hosts.every((host) => Object.keys(host).sort().join() === 'id,name')).toBe(true)
    expect(await domainCodeOf(x.b.as.STAFF.visitor.hosts({ organizationId: org }))).toBe(
      'AUTH.FORBIDDEN',
    )
  })
})

describe('on site now', () => {
  it('[VIS12] every member sees visitors on site and clocked-in members with their room', async () => {
    const visit = await x.as.OWNER.visitor.preRegister(visitInput({ visitorName: 'Evac Test' }))
    await x.as.OWNER.visitor.checkIn({ organizationId: org, visitId: visit.id, ...ack })
    const clock = (
      userId: string,
      data: { roomId?: string; clockOutAt?: Date; propertyId?: string },
    ) =>
      db.prisma.timeEntry.create({
        data: {
          organizationId: org,
          userId,
          createdById: userId,
          clockInAt: new Date(Date.now() - 3_600_000),
          ...data,
        },
      })
    await clock(x.f.tenant.userIds.STAFF, { roomId: x.f.vegRoomId })
    await clock(x.f.tenant.userIds.HEAD_GROWER, { propertyId: x.f.propertyId })
    await clock(x.f.tenant.userIds.ACCOUNTANT, { roomId: x.f.vegRoomId, clockOutAt: new Date() })
    await clock(x.f.tenant.userIds.OWNER, { propertyId: x.northPropertyId })
    const list = await x.as.STAFF.visitor.onSiteNow({
      organizationId: org,
      propertyId: x.f.propertyId,
    })
    expect(list.visitors.map((v) => [v.visitorName, v.zone?.code, v.host.id])).toEqual([
      ['Evac Test', 'LOBBY', x.f.tenant.userIds.OWNER],
    ])
    expect(list.members.map((m) => [m.userId, m.room?.code ?? null]).sort()).toEqual(
      [
        [x.f.tenant.userIds.STAFF, 'VEG-A'],
        [x.f.tenant.userIds.HEAD_GROWER, null],
      ].sort(),
    )
    expect(list.total).toBe(3)
    await x.as.OWNER.visitor.checkOut({ organizationId: org, visitId: visit.id })
    const after = await x.as.STAFF.visitor.onSiteNow({
      organizationId: org,
      propertyId: x.f.propertyId,
    })
    expect(after.visitors).toEqual([])
  })
})
