// Plants and positions at facility scale, through the api's service layer on a scratch
// database (BENCH_DATABASE_URL's server, default the local PostgreSQL; dropped afterwards):
// 100,000 positions (10 rooms × 5 tables × 20×100), plant.bulkPlace of 10,000 plants
// (target ≤ 2 s), plant.byAddress p50/p99 (target p99 ≤ 5 ms), property.occupancy
// (target ≤ 50 ms), and room.positions of a 10,000-position room.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { createPrismaClient, migrateDatabase, type PrismaClient } from '@growops/db'
import { BulkPlaceInputSchema } from '@growops/domain'
import {
  upsertBuilding,
  upsertProperty,
  upsertRoom,
  upsertSectionWithGrid,
} from '../prisma/seed/facility.ts'
import { demoPlantTag } from '../prisma/seed/plants.ts'
import type { Actor } from '../apps/api/src/services/access/actor.ts'
import { bulkPlacePlants } from '../apps/api/src/services/plants/bulk-place.ts'
import { findPlantByAddress } from '../apps/api/src/services/plants/find-plant.ts'
import { propertyOccupancy } from '../apps/api/src/services/positions/property-occupancy.ts'
import { listRoomPositions } from '../apps/api/src/services/positions/room-positions.ts'
import { measure, printTiming } from './lib.ts'

const ROOMS = 10
const SECTIONS_PER_ROOM = 5
const ROWS = 20
const COLUMNS = 100
const BULK = 10_000
/** Rooms filled by measured bulk placements: half the positions end up holding a plant. */
const FILLED_ROOMS = 5

function serverUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

function printOnce(label: string, ms: number, extra = ''): void {
  console.log(`${label.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms${extra ? `  ${extra}` : ''}`)
}

interface Facility {
  actor: Actor
  propertyId: string
  roomIds: string[]
}

async function seedFacility(prisma: PrismaClient): Promise<Facility> {
  const started = performance.now()
  const organization = await prisma.organization.create({ data: { name: 'Bench', slug: 'bench' } })
  const user = await prisma.user.create({ data: { email: 'owner@bench.test', name: 'Owner' } })
  await prisma.membership.create({
    data: { userId: user.id, organizationId: organization.id, role: 'OWNER' },
  })
  const property = await upsertProperty(prisma, {
    organizationId: organization.id,
    code: 'MAIN',
    name: 'Main',
  })
  const building = await upsertBuilding(prisma, {
    propertyId: property.id,
    code: 'GROW1',
    name: 'Grow 1',
    type: 'CULTIVATION',
  })
  const roomIds: string[] = []
  for (let r = 1; r <= ROOMS; r++) {
    const room = await upsertRoom(prisma, {
      buildingId: building.id,
      code: `FLOWER-${r}`,
      name: `Flower ${r}`,
      type: 'FLOWER',
    })
    roomIds.push(room.id)
    for (let s = 1; s <= SECTIONS_PER_ROOM; s++) {
      await upsertSectionWithGrid(prisma, {
        property,
        building,
        room,
        code: `T${s}`,
        name: `Table ${s}`,
        type: 'TABLE',
        rows: ROWS,
        columns: COLUMNS,
      })
    }
  }
  await prisma.$executeRawUnsafe('ANALYZE')
  const positions = await prisma.position.count()
  printOnce(`seed ${positions.toLocaleString('en')} positions`, performance.now() - started)
  return {
    actor: { userId: user.id, organizationId: organization.id, role: 'OWNER', level: 'FULL' },
    propertyId: property.id,
    roomIds,
  }
}

async function benchBulkPlace(prisma: PrismaClient, facility: Facility): Promise<void> {
  const timings: number[] = []
  for (let r = 0; r < FILLED_ROOMS; r++) {
    const roomId = facility.roomIds[r] ?? ''
    const positions = await prisma.position.findMany({
      where: { roomId },
      select: { id: true },
      orderBy: { address: 'asc' },
    })
    const batch = await prisma.batch.create({
      data: {
        organizationId: facility.actor.organizationId,
        propertyId: facility.propertyId,
        name: `Bench batch ${r + 1}`,
        strain: 'Bench',
        stage: 'FLOWERING',
      },
    })
    const started = performance.now()
    const input = BulkPlaceInputSchema.parse({
      batchId: batch.id,
      positionIds: positions.slice(0, BULK).map((position) => position.id),
      tagNumbers: positions.slice(0, BULK).map((_, index) => demoPlantTag(`B${r}`, index + 1)),
    })
    const parsed = performance.now()
    const result = await bulkPlacePlants(prisma, facility.actor, input)
    const done = performance.now()
    timings.push(done - started)
    printOnce(
      `plant.bulkPlace ${result.placed.toLocaleString('en')} plants (#${r + 1})`,
      done - started,
      `(input schema ${(parsed - started).toFixed(1)} ms, service ${(done - parsed).toFixed(1)} ms)`,
    )
  }
  timings.sort((a, b) => a - b)
  printOnce(`plant.bulkPlace 10,000 median of ${timings.length}`, timings[timings.length >> 1] ?? 0)
}

async function benchLookups(prisma: PrismaClient, facility: Facility): Promise<void> {
  await prisma.$executeRawUnsafe('ANALYZE')
  const sample = await prisma.position.findMany({
    select: { address: true },
    where: { propertyId: facility.propertyId },
    orderBy: { id: 'asc' },
    take: 5000,
  })
  const addresses = sample.map((position) => position.address)
  const occupied = await prisma.plant.count({ where: { address: { in: addresses } } })
  printTiming(
    `plant.byAddress (${occupied}/${addresses.length} sampled hold a plant)`,
    await measure(5000, (index) =>
      findPlantByAddress(prisma, facility.actor, addresses[index % addresses.length] ?? ''),
    ),
  )
  const occupancy = () => propertyOccupancy(prisma, facility.actor, facility.propertyId)
  printTiming('property.occupancy right after the placements', await measure(200, occupancy, 20))
  // What autovacuum does shortly after: with the visibility map set, the occupancy query is
  // an index-only scan of Position(propertyId, roomId, status, reservedUntil).
  await prisma.$executeRawUnsafe('VACUUM ANALYZE "Position"')
  printTiming('property.occupancy after VACUUM (index-only)', await measure(200, occupancy, 20))
  printTiming(
    'room.positions (10,000 positions, 5,000+ plants)',
    await measure(
      20,
      () => listRoomPositions(prisma, facility.actor, facility.roomIds[0] ?? ''),
      3,
    ),
  )
}

export async function runCultivationBench(): Promise<void> {
  const name = `growops_bench_cultivation_${randomBytes(4).toString('hex')}`
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(serverUrl())
  url.pathname = `/${name}`
  const prisma = createPrismaClient(url.toString())
  try {
    await migrateDatabase(url.toString())
    const facility = await seedFacility(prisma)
    await benchBulkPlace(prisma, facility)
    await benchLookups(prisma, facility)
  } finally {
    await prisma.$disconnect()
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runCultivationBench()
