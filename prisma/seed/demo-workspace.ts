// The whole demo workspace: the facility (with sensors) plus demo data for every operations
// area, so `npm start` and `npm run db:seed` show tasks, time entries, documents, inventory
// and visitors, not empty pages. Each area's seed is idempotent, so this is too.
import type { PrismaClient } from '@growops/db'
import { seedDemoCompliance } from './compliance.ts'
import { seedDemoFacility, type SeedOptions, type SeedResult } from './demo-facility.ts'
import { seedDemoInventory } from './inventory.ts'
import { seedDemoLabor } from './labor.ts'
import { seedDemoTasks } from './tasks.ts'
import { seedDemoVisitors } from './visitors.ts'

export async function seedDemoWorkspace(
  prisma: PrismaClient,
  options: SeedOptions,
): Promise<SeedResult> {
  const result = await seedDemoFacility(prisma, options)
  const { organizationId, propertyId, userIdByRole } = result
  await seedDemoLabor(prisma, { organizationId, userIdByRole })
  await seedDemoInventory(prisma, {
    organizationId,
    propertyId,
    performedById: userIdByRole.HEAD_GROWER,
  })
  await seedDemoVisitors(prisma, {
    organizationId,
    propertyId,
    hostId: userIdByRole.COMPLIANCE_MANAGER,
  })
  await seedDemoCompliance(prisma, {
    organizationId,
    authorId: userIdByRole.COMPLIANCE_MANAGER,
    approverId: userIdByRole.OWNER,
  })
  await seedDemoTasks(prisma, {
    organizationId,
    propertyId,
    headGrowerId: userIdByRole.HEAD_GROWER,
    staffId: userIdByRole.STAFF,
  })
  return result
}
