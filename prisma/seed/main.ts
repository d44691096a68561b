// `npm run db:seed`: seeds the demo facility into DATABASE_URL. Demo users get no
// passwords here (only `npm start` on the embedded database sets them).
import { createPrismaClient } from '@growops/db'
import { seedDemoWorkspace } from './demo-workspace.ts'

const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  console.error(
    'db:seed needs DATABASE_URL, e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/growops npm run db:seed',
  )
  process.exit(1)
}
const prisma = createPrismaClient(databaseUrl)
try {
  const result = await seedDemoWorkspace(prisma, { demoPasswords: false })
  console.log(
    `Seeded "Demo Farms" (organization ${result.organizationId}, property MAIN ${result.propertyId}).`,
  )
} finally {
  await prisma.$disconnect()
}
