// Label data: every position of a room or section with a QR payload that reads back to it,
// batch and plant labels, resolving label links, and isolation between organizations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { encodeQrPayload, parseQrPayload } from '@growops/domain'
import {
  createCultivationFixture,
  domainCodeOf,
  nextTag,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'

let db: TestDatabase
let a: CultivationFixture
let b: CultivationFixture
let aPlant: { id: string; tagNumber: string }
let otherPlant: { id: string; tagNumber: string }
let bPlant: { id: string; tagNumber: string }

beforeAll(async () => {
  db = await createTestDatabase()
  a = await createCultivationFixture(db.prisma, 'label-a')
  b = await createCultivationFixture(db.prisma, 'label-b')
  const org = a.tenant.organizationId
  aPlant = await a.tenant.as.OWNER.plant.create({
    organizationId: org,
    tagNumber: nextTag('LBA'),
    batchId: a.batchId,
    positionId: a.positionId(a.left(2, 3)),
  })
  otherPlant = await a.tenant.as.OWNER.plant.create({
    organizationId: org,
    tagNumber: nextTag('LBO'),
    batchId: a.otherBatchId,
    positionId: a.positionId(a.left(1, 1)),
  })
  bPlant = await b.tenant.as.OWNER.plant.create({
    organizationId: b.tenant.organizationId,
    tagNumber: nextTag('LBB'),
    batchId: b.batchId,
    positionId: b.positionId(b.left(1, 1)),
  })
})

afterAll(async () => {
  await db.drop()
})

describe('label data', () => {
  it('[QR1] forRoom: every position of the room in grid order, payloads read back to it', async () => {
    const data = await a.tenant.as.STAFF.label.forRoom({
      organizationId: a.tenant.organizationId,
      roomId: a.vegRoomId,
    })
    // LEFT 4×5 + RIGHT 2×3.
    expect(data.positions).toHaveLength(26)
    expect(data.origin).toBe('http://localhost')
    expect(data.positions[0]?.address).toBe('MAIN.GROW1.VEG-A.LEFT.R1.C1.P1')
    expect(data.positions.at(-1)?.address).toBe('MAIN.GROW1.VEG-A.RIGHT.R2.C3.P1')
    for (const position of data.positions) {
      expect(position.payload.startsWith('http://localhost/q/1/a/')).toBe(true)
      expect(parseQrPayload(position.payload)).toEqual({ version: 1, kind: 'a', id: position.id })
      expect(position.id).toBe(a.positionId(position.address))
    }
    expect(data.room).toMatchObject({ code: 'VEG-A', address: 'MAIN.GROW1.VEG-A' })
    expect(parseQrPayload(data.room.payload)).toEqual({ version: 1, kind: 'r', id: a.vegRoomId })
    expect(data.sections.map((s) => [s.code, s.rowCount, s.columnCount, s.form])).toEqual([
      ['LEFT', 4, 5, 'table'],
      ['RIGHT', 2, 3, 'table'],
    ])
  })

  it('[QR1] forSection: only that section; racks are L/H', async () => {
    const data = await a.tenant.as.ACCOUNTANT.label.forSection({
      organizationId: a.tenant.organizationId,
      sectionId: a.rackSectionId,
    })
    expect(data.sections.map((s) => s.code)).toEqual(['RACK1'])
    expect(data.sections[0]?.form).toBe('rack')
    expect(data.positions.map((p) => p.address)).toEqual([
      'MAIN.GROW1.DRY-A.RACK1.L1.H1.P1',
      'MAIN.GROW1.DRY-A.RACK1.L1.H2.P1',
      'MAIN.GROW1.DRY-A.RACK1.L1.H3.P1',
      'MAIN.GROW1.DRY-A.RACK1.L2.H1.P1',
      'MAIN.GROW1.DRY-A.RACK1.L2.H2.P1',
      'MAIN.GROW1.DRY-A.RACK1.L2.H3.P1',
    ])
    expect(parseQrPayload(data.sections[0]?.payload ?? '')).toEqual({
      version: 1,
      kind: 's',
      id: a.rackSectionId,
    })
  })

  it('[QR1] forBatch: the batch and its plants with tag, address and a plant payload', async () => {
    const data = await a.tenant.as.OWNER.label.forBatch({
      organizationId: a.tenant.organizationId,
      batchId: a.batchId,
    })
    expect(parseQrPayload(data.batch.payload)).toEqual({ version: 1, kind: 'b', id: a.batchId })
    expect(data.plants).toEqual([
      expect.objectContaining({
        id: aPlant.id,
        tag: aPlant.tagNumber,
        address: a.left(2, 3),
        payload: `http://localhost/q/1/p/${aPlant.tagNumber}`,
      }),
    ])
  })

  it('[RBAC4] STAFF prints labels of assigned batches only', async () => {
    const org = a.tenant.organizationId
    const staff = a.tenant.as.STAFF
    expect(
      await domainCodeOf(staff.label.forBatch({ organizationId: org, batchId: a.otherBatchId })),
    ).toBe('NOT_FOUND')
    expect(
      await domainCodeOf(staff.label.forPlants({ organizationId: org, plantIds: [otherPlant.id] })),
    ).toBe('NOT_FOUND')
    const mine = await staff.label.forPlants({ organizationId: org, plantIds: [aPlant.id] })
    expect(mine.plants.map((p) => p.tag)).toEqual([aPlant.tagNumber])
  })

  it('[QR1] forPlants keeps the order asked and drops repeats', async () => {
    const data = await a.tenant.as.HEAD_GROWER.label.forPlants({
      organizationId: a.tenant.organizationId,
      plantIds: [otherPlant.id, aPlant.id, otherPlant.id],
    })
    expect(data.plants.map((p) => p.id)).toEqual([otherPlant.id, aPlant.id])
  })

  it('resolve: each kind names its row; the room and section come along', async () => {
    const org = a.tenant.organizationId
    const owner = a.tenant.as.OWNER
    const origin = 'https://elsewhere.example'
    const positionId = a.positionId(a.left(3, 4))
    expect(
      await owner.label.resolve({
        organizationId: org,
        code: encodeQrPayload({ kind: 'a', id: positionId }, origin),
      }),
    ).toEqual({
      kind: 'a',
      positionId,
      address: a.left(3, 4),
      roomId: a.vegRoomId,
      sectionId: a.leftSectionId,
    })
    expect(
      await owner.label.resolve({ organizationId: org, code: `/q/1/p/${aPlant.tagNumber}` }),
    ).toEqual({
      kind: 'p',
      plantId: aPlant.id,
      tag: aPlant.tagNumber,
      address: a.left(2, 3),
      roomId: a.vegRoomId,
    })
    expect(
      await owner.label.resolve({
        organizationId: org,
        code: encodeQrPayload({ kind: 's', id: a.rackSectionId }, ''),
      }),
    ).toEqual({
      kind: 's',
      sectionId: a.rackSectionId,
      roomId: a.dryRoomId,
      address: 'MAIN.GROW1.DRY-A.RACK1',
    })
    expect(
      await owner.label.resolve({
        organizationId: org,
        code: encodeQrPayload({ kind: 'r', id: a.dryRoomId }, ''),
      }),
    ).toEqual({ kind: 'r', roomId: a.dryRoomId, address: 'MAIN.GROW1.DRY-A' })
    expect(
      await owner.label.resolve({
        organizationId: org,
        code: encodeQrPayload({ kind: 'b', id: a.batchId }, ''),
      }),
    ).toEqual({ kind: 'b', batchId: a.batchId, name: 'B-1 Blue Dream' })
  })

  it('[QR2][QR6] resolve refuses junk and newer versions with the QR codes', async () => {
    const org = a.tenant.organizationId
    const owner = a.tenant.as.OWNER
    expect(await domainCodeOf(owner.label.resolve({ organizationId: org, code: '/q/2/p/X' }))).toBe(
      'QR.UNSUPPORTED_VERSION',
    )
    expect(await domainCodeOf(owner.label.resolve({ organizationId: org, code: 'hello' }))).toBe(
      'QR.INVALID',
    )
  })
})

describe('label isolation', () => {
  it('another organization’s rows are NOT_FOUND through every label procedure', async () => {
    const org = b.tenant.organizationId
    const intruder = b.tenant.as.OWNER
    const calls: Record<string, () => Promise<unknown>> = {
      forRoom: () => intruder.label.forRoom({ organizationId: org, roomId: a.vegRoomId }),
      forSection: () =>
        intruder.label.forSection({ organizationId: org, sectionId: a.leftSectionId }),
      forBatch: () => intruder.label.forBatch({ organizationId: org, batchId: a.batchId }),
      forPlants: () =>
        intruder.label.forPlants({ organizationId: org, plantIds: [aPlant.id, bPlant.id] }),
    }
    for (const [kind, id] of [
      ['a', a.positionId(a.left(1, 1))],
      ['s', a.leftSectionId],
      ['r', a.vegRoomId],
      ['b', a.batchId],
    ] as const) {
      calls[`resolve ${kind}`] = () =>
        intruder.label.resolve({ organizationId: org, code: encodeQrPayload({ kind, id }, '') })
    }
    calls['resolve p'] = () =>
      intruder.label.resolve({ organizationId: org, code: `/q/1/p/${aPlant.tagNumber}` })
    for (const [name, call] of Object.entries(calls)) {
      expect([name, await domainCodeOf(call())]).toEqual([name, 'NOT_FOUND'])
    }
  })

  it('asking in another organization’s name is refused', async () => {
    expect(
      await domainCodeOf(
        b.tenant.as.OWNER.label.forRoom({
          organizationId: a.tenant.organizationId,
          roomId: a.vegRoomId,
        }),
      ),
    ).toBe('AUTH.FORBIDDEN')
  })
})
