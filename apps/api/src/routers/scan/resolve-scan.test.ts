// scan.resolve: every label kind, typed tags and addresses, one NOT_FOUND for unknown and
// other organizations' labels, STAFF's limited view.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { encodeQrPayload } from '@growops/domain'
import {
  createCultivationFixture,
  domainCodeOf,
  nextTag,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'

const ORIGIN = 'https://grow.example.com'
let db: TestDatabase
let f: CultivationFixture
let b: CultivationFixture
let org: string
let plant: { id: string; tagNumber: string }
let hidden: { id: string; tagNumber: string }

beforeAll(async () => {
  db = await createTestDatabase()
  f = await createCultivationFixture(db.prisma, 'scan')
  b = await createCultivationFixture(db.prisma, 'scan-b')
  org = f.tenant.organizationId
  const owner = f.tenant.as.OWNER
  plant = await owner.plant.create({
    organizationId: org,
    tagNumber: nextTag('SCN'),
    batchId: f.batchId,
    positionId: f.positionId(f.left(1, 1)),
  })
  await owner.plant.move({
    organizationId: org,
    plantId: plant.id,
    toPositionId: f.positionId(f.left(1, 2)),
    reason: 'REORGANIZE',
  })
  hidden = await owner.plant.create({
    organizationId: org,
    tagNumber: nextTag('SCN'),
    batchId: f.otherBatchId,
    positionId: f.positionId(f.left(2, 1)),
  })
  const harvested = await owner.plant.create({
    organizationId: org,
    tagNumber: nextTag('SCN'),
    batchId: f.batchId,
    positionId: f.positionId(f.left(2, 2)),
  })
  await owner.plant.harvest({
    organizationId: org,
    plantId: harvested.id,
    wetWeight: { value: 1.5, unit: 'KG' },
    idempotencyKey: randomUUID(),
  })
})

afterAll(async () => {
  await db.drop()
})

const resolve = (text: string, as = f.tenant.as.HEAD_GROWER, organizationId = org) =>
  as.scan.resolve({ organizationId, text })

describe('scan.resolve', () => {
  it('[QR7] a plant label: tag, status, batch, position, recent history, open tasks', async () => {
    const found = await resolve(encodeQrPayload({ kind: 'p', tag: plant.tagNumber }, ORIGIN))
    expect(found).toMatchObject({
      kind: 'plant',
      plant: {
        id: plant.id,
        tagNumber: plant.tagNumber,
        status: 'ACTIVE',
        harvestedAt: null,
        batch: { id: f.batchId, name: 'B-1 Blue Dream', strain: 'Blue Dream', stage: 'VEGETATIVE' },
      },
      position: {
        address: f.left(1, 2),
        status: 'OCCUPIED',
        room: { id: f.vegRoomId, code: 'VEG-A' },
        section: { code: 'LEFT', type: 'TABLE' },
        isHanger: false,
      },
      openTasks: [],
    })
    if (found.kind !== 'plant') throw new Error('not a plant')
    expect(found.history.map((entry) => [entry.toAddress, entry.reason])).toEqual([
      [f.left(1, 2), 'REORGANIZE'],
      [f.left(1, 1), 'PLACEMENT'],
    ])
  })

  it('[QR7] a typed tag (lower case, dashes) finds the same plant', async () => {
    const typed = plant.tagNumber.toLowerCase().replace(/(.{4})/g, '$1-')
    expect(await resolve(typed)).toMatchObject({ kind: 'plant', plant: { id: plant.id } })
  })

  it('[QR7] a position label and its typed address give the position and its plant', async () => {
    const byLabel = await resolve(
      encodeQrPayload({ kind: 'a', id: f.positionId(f.left(1, 2)) }, ORIGIN),
    )
    expect(byLabel).toMatchObject({
      kind: 'position',
      position: { address: f.left(1, 2), status: 'OCCUPIED' },
      plant: { id: plant.id, tagNumber: plant.tagNumber },
      plantHidden: false,
    })
    expect(await resolve(f.left(1, 2).toLowerCase())).toEqual(byLabel)
    const hanger = await resolve('MAIN.GROW1.DRY-A.RACK1.L1.H1.P1')
    expect(hanger).toMatchObject({
      kind: 'position',
      position: { isHanger: true, status: 'EMPTY', section: { type: 'RACK' } },
      plant: null,
    })
  })

  it('[QR7] section, room and batch labels give their summaries', async () => {
    expect(await resolve(encodeQrPayload({ kind: 's', id: f.leftSectionId }, ORIGIN))).toEqual({
      kind: 'section',
      section: {
        id: f.leftSectionId,
        code: 'LEFT',
        name: 'Left',
        type: 'TABLE',
        addressPrefix: 'MAIN.GROW1.VEG-A.LEFT',
        propertyId: f.propertyId,
        room: { id: f.vegRoomId, code: 'VEG-A', name: 'Veg A', type: 'VEG' },
      },
      occupancy: { total: 20, occupied: 2, empty: 18, reserved: 0, damaged: 0 },
    })
    expect(await resolve(encodeQrPayload({ kind: 'r', id: f.vegRoomId }, ORIGIN))).toMatchObject({
      kind: 'room',
      room: { code: 'VEG-A', addressPrefix: 'MAIN.GROW1.VEG-A' },
      sections: [{ code: 'LEFT' }, { code: 'RIGHT' }],
      occupancy: { total: 26, occupied: 2, empty: 24 },
    })
    expect(await resolve(encodeQrPayload({ kind: 'b', id: f.batchId }, `${ORIGIN}/`))).toEqual({
      kind: 'batch',
      batch: {
        id: f.batchId,
        name: 'B-1 Blue Dream',
        strain: 'Blue Dream',
        stage: 'VEGETATIVE',
        propertyId: f.propertyId,
      },
      counts: { active: 1, placed: 1, harvested: 1 },
      wetGrams: 1500,
    })
  })

  it('unknown labels and other organizations’ labels are the same NOT_FOUND', async () => {
    const theirs = [
      encodeQrPayload({ kind: 'p', tag: plant.tagNumber }, ORIGIN),
      encodeQrPayload({ kind: 'a', id: f.positionId(f.left(1, 2)) }, ORIGIN),
      encodeQrPayload({ kind: 's', id: f.leftSectionId }, ORIGIN),
      encodeQrPayload({ kind: 'r', id: f.vegRoomId }, ORIGIN),
      encodeQrPayload({ kind: 'b', id: f.batchId }, ORIGIN),
    ]
    const intruder = b.tenant.as.OWNER
    for (const text of theirs) {
      expect(await domainCodeOf(resolve(text, intruder, b.tenant.organizationId))).toBe('NOT_FOUND')
    }
    expect(await domainCodeOf(resolve(nextTag('UNK')))).toBe('NOT_FOUND')
    expect(
      await domainCodeOf(resolve(encodeQrPayload({ kind: 'b', id: randomUUID() }, ORIGIN))),
    ).toBe('NOT_FOUND')
    expect(await domainCodeOf(resolve(theirs[0] ?? '', intruder))).toBe('AUTH.FORBIDDEN')
  })

  it('[QR4] junk and labels of a newer format are refused with their codes', async () => {
    expect(await domainCodeOf(resolve('hello'))).toBe('QR.INVALID')
    expect(await domainCodeOf(resolve(`${ORIGIN}/q/2/p/${plant.tagNumber}`))).toBe(
      'QR.UNSUPPORTED_VERSION',
    )
    expect(await domainCodeOf(resolve('MAIN.GROW1.VEG-A.LEFT.R0.C1'))).toMatch(/^ADDRESS\./)
  })

  it('STAFF sees plants of assigned batches only; ACCOUNTANT reads', async () => {
    const staff = f.tenant.as.STAFF
    expect(await domainCodeOf(resolve(hidden.tagNumber, staff))).toBe('AUTH.FORBIDDEN')
    expect(await resolve(f.left(2, 1), staff)).toMatchObject({
      kind: 'position',
      plant: null,
      plantHidden: true,
    })
    expect(await resolve(plant.tagNumber, staff)).toMatchObject({ kind: 'plant' })
    expect(await resolve(plant.tagNumber, f.tenant.as.ACCOUNTANT)).toMatchObject({ kind: 'plant' })
  })
})
