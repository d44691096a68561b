// Shift notes through the real router: access by role, mention resolution and notifications,
// listing filters, follow-ups, and the handoff view.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Role } from '@growops/db'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { previousShift, shiftAt, shiftWindow } from '@growops/domain'
import { upsertProperty } from '../../../../../prisma/seed/facility.ts'
import { dateColumn } from '../../services/comms/shift-notes.ts'
import { shiftTimeZone } from '../../services/comms/shift-clock.ts'
import {
  createCultivationFixture,
  domainCodeOf,
  nextTag,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'
import {
  createRecordingPublisher,
  type RecordingPublisher,
} from '../../test/recording-publisher.ts'
import {
  callerFor,
  createTenant,
  ROLES,
  type Caller,
  type TenantFixture,
} from '../../test/tenancy.ts'

let db: TestDatabase
let f: CultivationFixture
let b: TenantFixture
let live: RecordingPublisher
let as: Record<Role, Caller>
let org: string
let tag: string
let plantId: string

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'sn-a')
  b = await createTenant(db.prisma, 'sn-b')
  org = f.tenant.organizationId
  live = createRecordingPublisher()
  as = {} as Record<Role, Caller>
  for (const role of ROLES) as[role] = await callerFor(db.prisma, f.tenant.userIds[role], live)
  tag = nextTag('SN')
  plantId = (
    await db.prisma.plant.create({
      data: { organizationId: org, tagNumber: tag, batchId: f.otherBatchId },
    })
  ).id
})

afterAll(async () => {
  await db.drop()
})

beforeEach(() => {
  live.clear()
})

describe('shiftNote.create', () => {
  it('[COMM6] resolves mentions, reports the rest, notifies mentioned and assigned members', async () => {
    const body = [
      'Check MAIN.GROW1.VEG-A and MAIN.GROW1.VEG-A.LEFT.R1.C1.P1;',
      'rack MAIN.GROW1.DRY-A.RACK1 is loose.',
      `B-1 needs water, #${tag} topped.`,
      '@compliance_manager@sn-a.test please look.',
      'Unknown: MAIN.GROW1.NOPE, B-99, @nobody@sn-a.test, @owner@sn-b.test.',
    ].join(' ')
    const { note, unresolved } = await as.HEAD_GROWER.shiftNote.create({
      organizationId: org,
      propertyId: f.propertyId,
      roomId: f.vegRoomId,
      shiftDate: '2026-05-01',
      shift: 'DAY',
      body,
      followUp: true,
    })
    expect(note.mentions.map((m) => `${m.kind}:${m.targetId}`).sort()).toEqual(
      [
        `ROOM:${f.vegRoomId}`,
        `POSITION:${f.positionId(f.left(1, 1))}`,
        `ROOM:${f.dryRoomId}`,
        `BATCH:${f.batchId}`,
        `PLANT:${plantId}`,
        `USER:${f.tenant.userIds.COMPLIANCE_MANAGER}`,
      ].sort(),
    )
    expect(unresolved.map((u) => u.text)).toEqual([
      'MAIN.GROW1.NOPE',
      'B-99',
      '@nobody@sn-a.test',
      '@owner@sn-b.test',
    ])
    expect(unresolved[0]?.reason).toMatch(/room/)
    expect(note).toMatchObject({
      shiftDate: '2026-05-01',
      shift: 'DAY',
      followUp: true,
      room: { id: f.vegRoomId, code: 'VEG-A' },
      author: { id: f.tenant.userIds.HEAD_GROWER },
    })
    const [event, ...notified] = live.published
    expect(event).toMatchObject({
      type: 'shiftNote.created',
      propertyId: f.propertyId,
      userId: null,
      payload: { shiftNoteId: note.id, roomId: f.vegRoomId, shiftDate: '2026-05-01' },
    })
    // The mentioned compliance manager and STAFF, assigned to B-1; never the author.
    expect(notified.map((n) => [n.type, n.userId]).sort()).toEqual(
      [
        ['notification.created', f.tenant.userIds.COMPLIANCE_MANAGER],
        ['notification.created', f.tenant.userIds.STAFF],
      ].sort(),
    )
    expect(
      await db.prisma.notification.count({ where: { sourceId: note.id, kind: 'MENTION' } }),
    ).toBe(2)
  })

  it('[COMM9] STAFF writes, ACCOUNTANT reads only; room and property must fit', async () => {
    const input = { organizationId: org, propertyId: f.propertyId, body: 'All quiet.' }
    const staffNote = await as.STAFF.shiftNote.create(input)
    const now = shiftAt(new Date(), shiftTimeZone())
    expect(staffNote.note).toMatchObject({ shift: now.shift, shiftDate: now.shiftDate })
    expect(await domainCodeOf(as.ACCOUNTANT.shiftNote.create(input))).toBe('AUTH.FORBIDDEN')
    const north = await upsertProperty(db.prisma, {
      organizationId: org,
      code: 'NORTH',
      name: 'North',
    })
    expect(
      await domainCodeOf(
        as.OWNER.shiftNote.create({ ...input, propertyId: north.id, roomId: f.vegRoomId }),
      ),
    ).toBe('VALIDATION.FAILED')
    expect(
      await domainCodeOf(
        b.as.OWNER.shiftNote.create({ ...input, organizationId: b.organizationId }),
      ),
    ).toBe('NOT_FOUND')
    expect(
      await domainCodeOf(
        as.OWNER.shiftNote.list({ organizationId: b.organizationId, propertyId: f.propertyId }),
      ),
    ).toBe('AUTH.FORBIDDEN')
  })
})

describe('shiftNote.list and completeFollowUp', () => {
  it('[COMM9] filters by room, dates and follow-up; completing is idempotent', async () => {
    const write = (roomId: string | undefined, shiftDate: string, followUp: boolean) =>
      as.OWNER.shiftNote.create({
        organizationId: org,
        propertyId: f.propertyId,
        roomId,
        shiftDate,
        shift: 'SWING',
        body: `note ${shiftDate}`,
        followUp,
      })
    const dry = await write(f.dryRoomId, '2026-04-10', true)
    await write(f.dryRoomId, '2026-04-11', false)
    await write(undefined, '2026-04-12', true)
    const list = (extra: object) =>
      as.ACCOUNTANT.shiftNote.list({ organizationId: org, propertyId: f.propertyId, ...extra })
    expect((await list({ roomId: f.dryRoomId })).map((n) => n.shiftDate)).toEqual([
      '2026-04-11',
      '2026-04-10',
    ])
    expect((await list({ from: '2026-04-11', to: '2026-04-12' })).map((n) => n.shiftDate)).toEqual([
      '2026-04-12',
      '2026-04-11',
    ])
    expect(
      (await list({ from: '2026-04-10', to: '2026-04-12', followUpOnly: true })).map(
        (n) => n.shiftDate,
      ),
    ).toEqual(['2026-04-12', '2026-04-10'])
    expect(await domainCodeOf(list({ from: '2026-04-12', to: '2026-04-10' }))).toBe(
      'VALIDATION.FAILED',
    )

    const input = { organizationId: org, shiftNoteId: dry.note.id }
    expect(await domainCodeOf(as.ACCOUNTANT.shiftNote.completeFollowUp(input))).toBe(
      'AUTH.FORBIDDEN',
    )
    const done = await as.STAFF.shiftNote.completeFollowUp(input)
    expect(done.followUpDoneById).toBe(f.tenant.userIds.STAFF)
    const again = await as.OWNER.shiftNote.completeFollowUp(input)
    expect(again.followUpDoneAt).toBe(done.followUpDoneAt)
    expect(again.followUpDoneById).toBe(f.tenant.userIds.STAFF)
    const open = await list({ from: '2026-04-10', to: '2026-04-12', openOnly: true })
    expect(open.map((n) => n.shiftDate)).toEqual(['2026-04-12'])
    const plain = (await list({ from: '2026-04-11', to: '2026-04-11' }))[0]
    expect(
      await domainCodeOf(
        as.OWNER.shiftNote.completeFollowUp({ organizationId: org, shiftNoteId: plain?.id ?? '' }),
      ),
    ).toBe('CONFLICT')
    expect(
      await domainCodeOf(
        b.as.OWNER.shiftNote.completeFollowUp({
          organizationId: b.organizationId,
          shiftNoteId: dry.note.id,
        }),
      ),
    ).toBe('NOT_FOUND')
  })
})

describe('shiftNote.handoff', () => {
  it('[COMM10] shows what others wrote since my last shift, by room, open follow-ups first', async () => {
    const zone = shiftTimeZone()
    const current = shiftAt(new Date(), zone)
    const last = previousShift(current)
    const lastEnd = shiftWindow(last.shiftDate, last.shift, zone).end
    const at = (ms: number) => new Date(lastEnd.getTime() + ms)
    const property = await upsertProperty(db.prisma, {
      organizationId: org,
      code: 'HANDOFF',
      name: 'Handoff',
    })
    const veg = { id: f.vegRoomId }
    const dry = { id: f.dryRoomId }
    const note = (
      authorRole: Role,
      body: string,
      createdAt: Date,
      extra: { roomId?: string; followUp?: boolean; shift?: typeof last } = {},
    ) =>
      db.prisma.shiftNote.create({
        data: {
          organizationId: org,
          propertyId: property.id,
          roomId: extra.roomId ?? null,
          shiftDate: dateColumn((extra.shift ?? current).shiftDate),
          shift: (extra.shift ?? current).shift,
          body,
          followUp: extra.followUp ?? false,
          authorId: f.tenant.userIds[authorRole],
          createdAt,
        },
      })
    // STAFF worked the previous shift and wrote there.
    await note('STAFF', 'my own, last shift', at(-60_000), { shift: last })
    await note('OWNER', 'before my shift ended', at(-1000), { roomId: veg.id, shift: last })
    await note('OWNER', 'veg plain', at(100), { roomId: veg.id })
    await note('HEAD_GROWER', 'veg follow-up', at(50), { roomId: veg.id, followUp: true })
    await note('HEAD_GROWER', 'dry', at(200), { roomId: dry.id })
    await note('OWNER', 'whole property', at(300))
    await note('STAFF', 'my own, this shift', at(400))

    const input = { organizationId: org, propertyId: property.id }
    const handoff = await as.STAFF.shiftNote.handoff(input)
    expect(handoff.sinceReason).toBe('LAST_SHIFT')
    expect(handoff.since).toBe(lastEnd.toISOString())
    expect(handoff.current).toEqual(current)
    expect(handoff.groups.map((g) => [g.room?.code ?? null, g.notes.map((n) => n.body)])).toEqual([
      [null, ['whole property']],
      ['DRY-A', ['dry']],
      ['VEG-A', ['veg follow-up', 'veg plain']],
    ])
    expect(handoff.total).toBe(4)

    // Someone who never wrote here gets the shift before the running one.
    const accountant = await as.ACCOUNTANT.shiftNote.handoff(input)
    expect(accountant.sinceReason).toBe('PREVIOUS_SHIFT')
    expect(accountant.since).toBe(shiftWindow(last.shiftDate, last.shift, zone).start.toISOString())
    expect(accountant.total).toBe(7)

    // After acknowledging, only what comes later shows.
    await as.STAFF.shiftNote.acknowledgeHandoff(input)
    const acknowledged = await as.STAFF.shiftNote.handoff(input)
    expect(acknowledged.sinceReason).toBe('ACKNOWLEDGED')
    expect(acknowledged.total).toBe(0)
    await note('OWNER', 'after the ack', new Date(Date.now() + 5))
    await new Promise((resolve) => setTimeout(resolve, 10))
    const later = await as.STAFF.shiftNote.handoff(input)
    expect(later.groups.flatMap((g) => g.notes.map((n) => n.body))).toEqual(['after the ack'])

    expect(
      await domainCodeOf(
        b.as.OWNER.shiftNote.handoff({ organizationId: b.organizationId, propertyId: property.id }),
      ),
    ).toBe('NOT_FOUND')
  })
})
