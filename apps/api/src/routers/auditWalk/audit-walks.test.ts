// Audit walks (WALK1–WALK5) against a real database: scanning positions and the plants found
// there in any order, the live comparison, the frozen report, its CSV export over HTTP, and
// who may do what.
import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession, SESSION_COOKIE_NAME } from '@growops/db'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { encodeQrPayload } from '@growops/domain'
import { createApiServer } from '../../server.ts'
import {
  createCultivationFixture,
  domainCodeOf,
  nextTag,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'
import { readCsv } from '../../test/read-csv.ts'
import type { Caller } from '../../test/tenancy.ts'

const ORIGIN = 'https://grow.example.com'
let db: TestDatabase
let f: CultivationFixture
let b: CultivationFixture
let org: string
let grower: Caller
let baseUrl: string
let close: () => Promise<void>
const tags: string[] = []

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'walks')
  b = await createCultivationFixture(db.prisma, 'walks-b')
  org = f.tenant.organizationId
  grower = f.tenant.as.HEAD_GROWER
  for (let column = 1; column <= 3; column += 1) {
    const plant = await grower.plant.create({
      organizationId: org,
      tagNumber: nextTag('WLK'),
      batchId: column === 3 ? f.otherBatchId : f.batchId,
      positionId: f.positionId(f.left(1, column)),
    })
    tags.push(plant.tagNumber)
  }
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

const tag = (index: number) => tags[index] ?? ''
const scanAs =
  (caller: Caller, walkId: string) =>
  (text: string, idempotencyKey = randomUUID()) =>
    caller.auditWalk.scan({ organizationId: org, walkId, text, idempotencyKey })

async function cookieFor(userId: string): Promise<string> {
  const { token } = await createSession(db.prisma, userId, {
    userAgent: 'vitest',
    ipAddress: '127.0.0.1',
  })
  return `${SESSION_COOKIE_NAME}=${token}`
}

describe('audit walk', () => {
  it('[WALK3] [WALK4] [WALK5] reports one missing and one misplaced plant, frozen and exported', async () => {
    const walk = await grower.auditWalk.start({ organizationId: org, roomId: f.vegRoomId })
    expect(walk).toMatchObject({ status: 'IN_PROGRESS', scanCount: 0, counts: null })
    const scan = scanAs(grower, walk.id)
    // Out of order, by label and by typed address: C4 holds plant 3, C2 is empty, C1 matches.
    expect(await scan(f.left(1, 4).toLowerCase())).toMatchObject({
      scan: { kind: 'position', address: f.left(1, 4), plantTag: null },
      expectedTag: null,
      verdict: 'EMPTY',
    })
    expect(await scan(encodeQrPayload({ kind: 'p', tag: tag(2) }, ORIGIN))).toMatchObject({
      scan: { kind: 'plant', address: f.left(1, 4), plantTag: tag(2) },
      verdict: 'UNEXPECTED',
    })
    await scan(encodeQrPayload({ kind: 'a', id: f.positionId(f.left(1, 2)) }, ORIGIN))
    await scan(f.left(1, 1))
    expect(await scan(tag(0))).toMatchObject({ expectedTag: tag(0), verdict: 'MATCH' })

    const live = await f.tenant.as.ACCOUNTANT.auditWalk.get({
      organizationId: org,
      walkId: walk.id,
    })
    expect(live.currentPosition).toEqual({
      positionId: f.positionId(f.left(1, 1)),
      address: f.left(1, 1),
    })
    expect(live.comparison.counts).toMatchObject({ matched: 1, missing: 1, wrongPosition: 1 })

    const completed = await grower.auditWalk.complete({ organizationId: org, walkId: walk.id })
    expect(completed.walk).toMatchObject({ status: 'COMPLETED', scanCount: 5 })
    expect(completed.currentPosition).toBeNull()
    const report = completed.comparison
    const missingPlant = await db.prisma.plant.findFirstOrThrow({ where: { tagNumber: tag(1) } })
    expect(report.missing).toEqual([
      {
        plantId: missingPlant.id,
        tag: tag(1),
        expectedPositionId: f.positionId(f.left(1, 2)),
        expectedAddress: f.left(1, 2),
        positionScanned: true,
      },
    ])
    expect(report.wrongPosition).toMatchObject([
      { tag: tag(2), expectedAddress: f.left(1, 3), foundAddress: f.left(1, 4) },
    ])
    expect(report.unexpected).toEqual([])
    expect(report.counts).toEqual({
      expected: 3,
      scannedPositions: 3,
      found: 2,
      matched: 1,
      missing: 1,
      unexpected: 0,
      wrongPosition: 1,
    })

    // WALK4: the report stays as frozen when plants move afterwards; completing again keeps it.
    const moved = await db.prisma.plant.findFirstOrThrow({ where: { tagNumber: tag(2) } })
    await grower.plant.move({
      organizationId: org,
      plantId: moved.id,
      toPositionId: f.positionId(f.left(1, 4)),
      reason: 'REORGANIZE',
    })
    const again = await grower.auditWalk.complete({ organizationId: org, walkId: walk.id })
    expect(again.comparison).toEqual(report)
    expect(again.walk.completedAt).toBe(completed.walk.completedAt)
    expect(await grower.auditWalk.list({ organizationId: org, roomId: f.vegRoomId })).toMatchObject(
      [{ id: walk.id, status: 'COMPLETED', counts: report.counts }],
    )

    const response = await fetch(`${baseUrl}/exports/audit-walks/${walk.id}.csv`, {
      headers: { cookie: await cookieFor(f.tenant.userIds.COMPLIANCE_MANAGER) },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="audit-walk-VEG-A-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.csv"$/,
    )
    expect(readCsv(await response.text())).toEqual([
      ['finding', 'tag', 'expectedAddress', 'foundAddress', 'recordedAddress'],
      ['MISSING', tag(1), f.left(1, 2), '', f.left(1, 2)],
      ['WRONG_POSITION', tag(2), f.left(1, 3), f.left(1, 4), f.left(1, 3)],
      ['MATCH', tag(0), f.left(1, 1), f.left(1, 1), f.left(1, 1)],
    ])
  })

  it('[WALK1] refuses a plant before any position, another room, other labels and a completed walk', async () => {
    const walk = await grower.auditWalk.start({ organizationId: org, roomId: f.vegRoomId })
    const scan = scanAs(grower, walk.id)
    expect(await domainCodeOf(scan(tag(0)))).toBe('AUDIT_WALK.SCAN_POSITION_FIRST')
    expect(await domainCodeOf(scan('MAIN.GROW1.DRY-A.RACK1.L1.H1.P1'))).toBe(
      'AUDIT_WALK.WRONG_ROOM',
    )
    expect(await domainCodeOf(scan(encodeQrPayload({ kind: 'b', id: f.batchId }, ORIGIN)))).toBe(
      'VALIDATION.FAILED',
    )
    expect(await domainCodeOf(scan('not a label'))).toBe('QR.INVALID')
    const key = randomUUID()
    const first = await scan(f.left(3, 3), key)
    expect(await scan(f.left(3, 3), key)).toEqual(first)
    expect(await db.prisma.auditWalkScan.count({ where: { walkId: walk.id } })).toBe(1)
    await grower.auditWalk.complete({ organizationId: org, walkId: walk.id })
    expect(await domainCodeOf(scan(f.left(3, 4)))).toBe('AUDIT_WALK.COMPLETED')
  })

  it('[WALK3] a plant of another room found here is unexpected, with where it is recorded', async () => {
    const stranger = await grower.plant.create({
      organizationId: org,
      tagNumber: nextTag('WLK'),
      batchId: f.batchId,
      positionId: f.positionId('MAIN.GROW1.DRY-A.RACK1.L2.H2.P1'),
    })
    const walk = await grower.auditWalk.start({ organizationId: org, roomId: f.vegRoomId })
    const scan = scanAs(grower, walk.id)
    await scan(f.left(4, 5))
    await scan(stranger.tagNumber)
    const { comparison } = await grower.auditWalk.get({ organizationId: org, walkId: walk.id })
    expect(comparison.unexpected).toEqual([
      {
        tag: stranger.tagNumber,
        foundPositionId: f.positionId(f.left(4, 5)),
        foundAddress: f.left(4, 5),
        plantId: stranger.id,
        recordedAddress: 'MAIN.GROW1.DRY-A.RACK1.L2.H2.P1',
      },
    ])
  })

  it('roles and organizations: STAFF and ACCOUNTANT may not walk; others see nothing', async () => {
    const walk = await grower.auditWalk.start({ organizationId: org, roomId: f.vegRoomId })
    const input = { organizationId: org, roomId: f.vegRoomId }
    expect(await domainCodeOf(f.tenant.as.STAFF.auditWalk.start(input))).toBe('AUTH.FORBIDDEN')
    expect(
      await domainCodeOf(f.tenant.as.STAFF.auditWalk.get({ organizationId: org, walkId: walk.id })),
    ).toBe('AUTH.FORBIDDEN')
    expect(await domainCodeOf(f.tenant.as.ACCOUNTANT.auditWalk.start(input))).toBe('AUTH.FORBIDDEN')
    const intruder = b.tenant.as.OWNER
    const theirs = b.tenant.organizationId
    expect(
      await domainCodeOf(intruder.auditWalk.get({ organizationId: theirs, walkId: walk.id })),
    ).toBe('NOT_FOUND')
    expect(
      await domainCodeOf(
        intruder.auditWalk.scan({
          organizationId: theirs,
          walkId: walk.id,
          text: b.left(1, 1),
          idempotencyKey: randomUUID(),
        }),
      ),
    ).toBe('NOT_FOUND')
    expect(
      await domainCodeOf(intruder.auditWalk.start({ organizationId: theirs, roomId: f.vegRoomId })),
    ).toBe('NOT_FOUND')
    expect(await intruder.auditWalk.list({ organizationId: theirs, roomId: f.vegRoomId })).toEqual(
      [],
    )
    const url = `${baseUrl}/exports/audit-walks/${walk.id}.csv`
    const status = async (cookie?: string) =>
      (await fetch(url, { headers: cookie ? { cookie } : {} })).status
    expect(await status()).toBe(401)
    expect(await status(await cookieFor(b.tenant.userIds.OWNER))).toBe(404)
    expect(await status(await cookieFor(f.tenant.userIds.STAFF))).toBe(403)
    expect(await status(await cookieFor(f.tenant.userIds.OWNER))).toBe(200)
    const unknown = await fetch(`${baseUrl}/exports/audit-walks/${randomUUID()}.csv`, {
      headers: { cookie: await cookieFor(f.tenant.userIds.OWNER) },
    })
    expect(unknown.status).toBe(404)
  })
})
