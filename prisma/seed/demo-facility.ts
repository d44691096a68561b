// The demo facility: organization "Demo Farms", property MAIN with buildings GROW1 and DRY,
// two batches with placed plants and one user per role. Idempotent.
import type { PrismaClient, Role } from '@growops/db'
import { upsertMembership, upsertOrganization, upsertUser } from './organizations.ts'
import { upsertBuilding, upsertProperty, upsertRoom, upsertSectionWithGrid } from './facility.ts'
import { demoPlantTag, placeNewPlants, upsertBatch } from './plants.ts'
import { seedDemoSensors } from './sensors.ts'

export interface DemoUser {
  role: Role
  email: string
  name: string
  /** Set only on the embedded database (see seedDemoFacility). */
  password: string
}

export const DEMO_ORGANIZATION = { name: 'Demo Farms', slug: 'demo-farms' }

export const DEMO_USERS: readonly DemoUser[] = [
  {
    role: 'OWNER',
    email: 'owner@demo-farms.test',
    name: 'Olivia Owner',
    password: 'growops-owner',
  },
  {
    role: 'COMPLIANCE_MANAGER',
    email: 'compliance@demo-farms.test',
    name: 'Carmen Compliance',
    password: 'growops-compliance',
  },
  {
    role: 'HEAD_GROWER',
    email: 'grower@demo-farms.test',
    name: 'Hector Grower',
    password: 'growops-grower',
  },
  { role: 'STAFF', email: 'staff@demo-farms.test', name: 'Sam Staff', password: 'growops-staff' },
  {
    role: 'ACCOUNTANT',
    email: 'accountant@demo-farms.test',
    name: 'Ana Accountant',
    password: 'growops-accountant',
  },
]

export interface SeedOptions {
  /**
   * Give the demo users their well-known passwords. Only `npm start` on the embedded
   * database does this; a real database never gets well-known passwords.
   */
  demoPasswords: boolean
}

export interface SeedResult {
  organizationId: string
  propertyId: string
  userIdByRole: Record<Role, string>
}

export async function seedDemoFacility(
  prisma: PrismaClient,
  options: SeedOptions,
): Promise<SeedResult> {
  const organization = await upsertOrganization(prisma, DEMO_ORGANIZATION)
  const userIdByRole = {} as Record<Role, string>
  for (const demo of DEMO_USERS) {
    const user = await upsertUser(prisma, {
      email: demo.email,
      name: demo.name,
      password: options.demoPasswords ? demo.password : null,
    })
    await upsertMembership(prisma, {
      userId: user.id,
      organizationId: organization.id,
      role: demo.role,
    })
    userIdByRole[demo.role] = user.id
  }

  const property = await upsertProperty(prisma, {
    organizationId: organization.id,
    code: 'MAIN',
    name: 'Main Campus',
    licenseNumber: 'CCL-DEMO-000001',
    address: '1 Demo Road, Humboldt County, CA',
  })

  const grow1 = await upsertBuilding(prisma, {
    propertyId: property.id,
    code: 'GROW1',
    name: 'Grow Building 1',
    type: 'CULTIVATION',
    layout: { x: 0, y: 0, width: 140, height: 80 },
  })
  const vegA = await upsertRoom(prisma, {
    buildingId: grow1.id,
    code: 'VEG-A',
    name: 'Veg Room A',
    type: 'VEG',
    metrcLocationName: 'GROW1 VEG-A',
    layout: { x: 4, y: 4, width: 40, height: 30 },
  })
  const flowerA = await upsertRoom(prisma, {
    buildingId: grow1.id,
    code: 'FLOWER-A',
    name: 'Flower Room A',
    type: 'FLOWER',
    metrcLocationName: 'GROW1 FLOWER-A',
    layout: { x: 48, y: 4, width: 88, height: 72 },
  })
  await upsertRoom(prisma, {
    buildingId: grow1.id,
    code: 'CLONE-1',
    name: 'Clone Room 1',
    type: 'CLONE',
    metrcLocationName: 'GROW1 CLONE-1',
    layout: { x: 4, y: 40, width: 40, height: 36 },
  })
  const dry = await upsertBuilding(prisma, {
    propertyId: property.id,
    code: 'DRY',
    name: 'Drying Building',
    type: 'DRYING',
    layout: { x: 150, y: 0, width: 30, height: 40 },
  })
  const dryA = await upsertRoom(prisma, {
    buildingId: dry.id,
    code: 'DRY-A',
    name: 'Dry Room A',
    type: 'DRY',
    metrcLocationName: 'DRY DRY-A',
    layout: { x: 5, y: 5, width: 20, height: 30 },
  })

  const at = (room: { id: string; code: string }, building: { code: string }) => ({
    property,
    building,
    room,
  })
  for (const [code, name, x] of [
    ['LEFT', 'Left table', 2],
    ['RIGHT', 'Right table', 22],
  ] as const) {
    await upsertSectionWithGrid(prisma, {
      ...at(vegA, grow1),
      code,
      name,
      type: 'TABLE',
      rows: 6,
      columns: 8,
      spacingInches: 12,
      layout: { x, y: 4, width: 16, height: 12 },
    })
  }
  for (let index = 0; index < 12; index++) {
    const number = index + 1
    await upsertSectionWithGrid(prisma, {
      ...at(flowerA, grow1),
      code: `T${number}`,
      name: `Table ${number}`,
      type: 'TABLE',
      rows: 4,
      columns: 10,
      spacingInches: 24,
      layout: { x: 4 + (index % 4) * 21, y: 4 + Math.floor(index / 4) * 22, width: 17, height: 7 },
    })
  }
  for (const [code, name, x] of [
    ['RACK1', 'Drying rack 1', 0],
    ['RACK2', 'Drying rack 2', 10],
  ] as const) {
    await upsertSectionWithGrid(prisma, {
      ...at(dryA, dry),
      code,
      name,
      type: 'RACK',
      rows: 4,
      columns: 20,
      layout: { x, y: 0, width: 4, height: 30 },
    })
  }

  const owner = userIdByRole.OWNER
  const blueDream = await upsertBatch(prisma, {
    organizationId: organization.id,
    propertyId: property.id,
    name: 'B-001 Blue Dream',
    strain: 'Blue Dream',
    stage: 'VEGETATIVE',
  })
  const ogKush = await upsertBatch(prisma, {
    organizationId: organization.id,
    propertyId: property.id,
    name: 'B-002 OG Kush',
    strain: 'OG Kush',
    stage: 'FLOWERING',
  })
  await placeBatch(prisma, {
    organizationId: organization.id,
    batchId: blueDream.id,
    roomId: vegA.id,
    sectionCodes: ['LEFT', 'RIGHT'],
    count: 60,
    tagPrefix: '1A4010300000001',
    placedById: owner,
  })
  await placeBatch(prisma, {
    organizationId: organization.id,
    batchId: ogKush.id,
    roomId: flowerA.id,
    sectionCodes: ['T1', 'T2'],
    count: 80,
    tagPrefix: '1A4010300000002',
    placedById: owner,
  })

  await seedDemoSensors(prisma, {
    organizationId: organization.id,
    propertyId: property.id,
    createdById: owner,
  })

  return { organizationId: organization.id, propertyId: property.id, userIdByRole }
}

/** Fills the first `count` positions of the given sections (in that order, then row, column, slot). */
async function placeBatch(
  prisma: PrismaClient,
  input: {
    organizationId: string
    batchId: string
    roomId: string
    sectionCodes: string[]
    count: number
    tagPrefix: string
    placedById: string
  },
) {
  const positions = await prisma.position.findMany({
    where: { roomId: input.roomId, section: { code: { in: input.sectionCodes } } },
    select: {
      id: true,
      column: true,
      slot: true,
      section: { select: { code: true } },
      row: { select: { number: true } },
    },
  })
  positions.sort(
    (a, b) =>
      input.sectionCodes.indexOf(a.section.code) - input.sectionCodes.indexOf(b.section.code) ||
      a.row.number - b.row.number ||
      a.column - b.column ||
      a.slot - b.slot,
  )
  const chosen = positions.slice(0, input.count)
  await placeNewPlants(prisma, {
    organizationId: input.organizationId,
    batchId: input.batchId,
    positionIds: chosen.map((position) => position.id),
    tags: chosen.map((_, index) => demoPlantTag(input.tagPrefix, index + 1)),
    placedById: input.placedById,
  })
}
