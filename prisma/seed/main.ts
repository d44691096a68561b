// `npm run db:seed`: seeds the demo facility into DATABASE_URL. Demo users get no
// passwords here (only `npm start` on the embedded database sets them).
import { createPrismaClient } from '@growops/db'
import { seedDemoCompliance } from './compliance.ts'
import { seedDemoFacility } from './demo-facility.ts'
import { seedDemoLabor } from './labor.ts'
import { seedDemoVisitors } from './visitors.ts'
import { seedDemoInventory } from './inventory.ts'
import { seedDemoTasks } from './tasks.ts'

const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  console.error(
    'db:seed needs DATABASE_URL, e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/growops npm run db:seed',
  )
  process.exit(1)
}
const prisma = createPrismaClient(databaseUrl)
try {
  const result = await seedDemoFacility(prisma, { demoPasswords: false })
  await seedDemoLabor(prisma, {
    organizationId: result.organizationId,
    userIdByRole: result.userIdByRole,
  })
  await seedDemoInventory(prisma, {
    organizationId: result.organizationId,
    propertyId: result.propertyId,
    performedById: result.userIdByRole.HEAD_GROWER,
  })
  await seedDemoVisitors(prisma, {
    organizationId: result.organizationId,
    propertyId: result.propertyId,
    hostId: result.userIdByRole.COMPLIANCE_MANAGER,
  })
  await seedDemoCompliance(prisma, {
    organizationId: result.organizationId,
    authorId: result.userIdByRole.COMPLIANCE_MANAGER,
    approverId: result.userIdByRole.OWNER,
  })
  await seedDemoTasks(prisma, {
    organizationId: result.organizationId,
    propertyId: result.propertyId,
    headGrowerId: result.userIdByRole.HEAD_GROWER,
    staffId: result.userIdByRole.STAFF,
  })
  console.log(
    `Seeded "Demo Farms" (organization ${result.organizationId}, property MAIN ${result.propertyId}).`,
  )
} finally {
  await prisma.$disconnect()
}
