// A small facility for the position, plant and batch tests: property MAIN with room VEG-A
// (tables LEFT 4×5 and RIGHT 2×3) and room DRY-A (rack RACK1, 2 levels × 3 hangers), two
// growing batches, and STAFF assigned to the first one only.
import type { PrismaClient } from '@growops/db'
import {
  upsertBuilding,
  upsertProperty,
  upsertRoom,
  upsertSectionWithGrid,
} from '../../../../prisma/seed/facility.ts'
import { demoPlantTag, upsertBatch } from '../../../../prisma/seed/plants.ts'
import { createTenant, type TenantFixture } from './tenancy.ts'

export interface CultivationFixture {
  tenant: TenantFixture
  propertyId: string
  vegRoomId: string
  dryRoomId: string
  leftSectionId: string
  rightSectionId: string
  rackSectionId: string
  /** STAFF is assigned to this batch. */
  batchId: string
  /** Not assigned to STAFF. */
  otherBatchId: string
  /** Position id by address, e.g. `MAIN.GROW1.VEG-A.LEFT.R1.C1.P1`. */
  positionId: (address: string) => string
  /** Address of a VEG-A LEFT cell. */
  left: (row: number, column: number) => string
}

let serial = 0
/** A fresh Metrc-style tag, unique in the test process. */
export function nextTag(prefix = 'TST'): string {
  serial += 1
  return demoPlantTag(prefix, serial)
}

export async function createCultivationFixture(
  prisma: PrismaClient,
  slug: string,
): Promise<CultivationFixture> {
  const tenant = await createTenant(prisma, slug)
  const property = await upsertProperty(prisma, {
    organizationId: tenant.organizationId,
    code: 'MAIN',
    name: 'Main campus',
  })
  const building = await upsertBuilding(prisma, {
    propertyId: property.id,
    code: 'GROW1',
    name: 'Grow 1',
    type: 'CULTIVATION',
  })
  const veg = await upsertRoom(prisma, {
    buildingId: building.id,
    code: 'VEG-A',
    name: 'Veg A',
    type: 'VEG',
  })
  const dry = await upsertRoom(prisma, {
    buildingId: building.id,
    code: 'DRY-A',
    name: 'Dry A',
    type: 'DRY',
  })
  const base = { property, building }
  const left = await upsertSectionWithGrid(prisma, {
    ...base,
    room: veg,
    code: 'LEFT',
    name: 'Left',
    type: 'TABLE',
    rows: 4,
    columns: 5,
  })
  const right = await upsertSectionWithGrid(prisma, {
    ...base,
    room: veg,
    code: 'RIGHT',
    name: 'Right',
    type: 'TABLE',
    rows: 2,
    columns: 3,
  })
  const rack = await upsertSectionWithGrid(prisma, {
    ...base,
    room: dry,
    code: 'RACK1',
    name: 'Rack 1',
    type: 'RACK',
    rows: 2,
    columns: 3,
  })
  const batch = await upsertBatch(prisma, {
    organizationId: tenant.organizationId,
    propertyId: property.id,
    name: 'B-1 Blue Dream',
    strain: 'Blue Dream',
    stage: 'VEGETATIVE',
  })
  const other = await upsertBatch(prisma, {
    organizationId: tenant.organizationId,
    propertyId: property.id,
    name: 'B-2 OG Kush',
    strain: 'OG Kush',
    stage: 'VEGETATIVE',
  })
  await prisma.batchAssignment.create({
    data: { batchId: batch.id, userId: tenant.userIds.STAFF },
  })
  const positions = await prisma.position.findMany({
    where: { propertyId: property.id },
    select: { id: true, address: true },
  })
  const idByAddress = new Map(positions.map((position) => [position.address, position.id]))
  return {
    tenant,
    propertyId: property.id,
    vegRoomId: veg.id,
    dryRoomId: dry.id,
    leftSectionId: left.id,
    rightSectionId: right.id,
    rackSectionId: rack.id,
    batchId: batch.id,
    otherBatchId: other.id,
    positionId(address) {
      const id = idByAddress.get(address)
      if (!id) throw new Error(`no position ${address}`)
      return id
    },
    left: (row, column) => `MAIN.GROW1.VEG-A.LEFT.R${row}.C${column}.P1`,
  }
}

/** The domain code behind a refusal (VALIDATION.FAILED for refused input). */
export function domainCodeOfError(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; issues?: unknown } }).cause
  if (Array.isArray(cause?.issues)) return 'VALIDATION.FAILED'
  if (typeof cause?.code === 'string') return cause.code
  return String(error)
}

/** The domain code of a refused call. */
export async function domainCodeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call
  } catch (error) {
    return domainCodeOfError(error)
  }
  throw new Error('expected the call to be refused')
}
