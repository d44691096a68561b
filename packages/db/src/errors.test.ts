import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isUniqueViolation, uniqueViolationConstraint } from './errors.ts'
import { createTestDatabase, type TestDatabase } from './testing/index.ts'

let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
})

afterAll(async () => {
  await db.drop()
})

/** One organization with one position and a batch, the least a plant needs. */
async function seedPosition() {
  const prisma = db.prisma
  const organization = await prisma.organization.create({ data: { name: 'Acme', slug: 'acme' } })
  const property = await prisma.property.create({
    data: { organizationId: organization.id, code: 'MAIN', name: 'Main' },
  })
  const building = await prisma.building.create({
    data: { propertyId: property.id, code: 'GROW1', name: 'Grow 1', type: 'CULTIVATION' },
  })
  const room = await prisma.room.create({
    data: { buildingId: building.id, code: 'VEG-A', name: 'Veg A', type: 'VEG' },
  })
  const section = await prisma.section.create({
    data: { roomId: room.id, code: 'LEFT', name: 'Left', type: 'TABLE' },
  })
  const row = await prisma.row.create({ data: { sectionId: section.id, number: 1 } })
  const position = await prisma.position.create({
    data: {
      rowId: row.id,
      sectionId: section.id,
      roomId: room.id,
      propertyId: property.id,
      column: 1,
      address: 'MAIN.GROW1.VEG-A.LEFT.R1.C1.P1',
    },
  })
  const batch = await prisma.batch.create({
    data: {
      organizationId: organization.id,
      propertyId: property.id,
      name: 'B-1',
      strain: 'Blue Dream',
    },
  })
  return { organization, position, batch }
}

describe('isUniqueViolation', () => {
  it('is true when a second plant is placed in an occupied position', async () => {
    const { organization, position, batch } = await seedPosition()
    const plant = (tagNumber: string) =>
      db.prisma.plant.create({
        data: {
          organizationId: organization.id,
          batchId: batch.id,
          tagNumber,
          positionId: position.id,
        },
      })
    await plant('1A4000000000000000000001')
    const error: unknown = await plant('1A4000000000000000000002').catch(
      (caught: unknown) => caught,
    )
    expect(isUniqueViolation(error)).toBe(true)
    expect(uniqueViolationConstraint(error)).toBe('Plant_positionId_key')
  })

  it('is false for other errors', async () => {
    const error: unknown = await db.prisma.plant
      .create({ data: { organizationId: 'missing', batchId: 'missing', tagNumber: 'x' } })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(Error)
    expect(isUniqueViolation(error)).toBe(false)
    expect(isUniqueViolation(new Error('boom'))).toBe(false)
    expect(isUniqueViolation(null)).toBe(false)
    expect(uniqueViolationConstraint(error)).toBeUndefined()
  })
})
