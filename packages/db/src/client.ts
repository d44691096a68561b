// The one way the apps get a Prisma client: the generated client over @prisma/adapter-pg
// (no native query engine). Works against PostgreSQL and the embedded PGlite socket alike.
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from './generated/prisma/client.ts'

/**
 * Creates a Prisma client for `databaseUrl` (a `postgresql://` URL). A `schema` query
 * parameter selects the PostgreSQL schema, as it does for the Prisma CLI.
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  const url = new URL(databaseUrl)
  const schema = url.searchParams.get('schema') ?? undefined
  // pg would send an unknown `schema` parameter to the server; the adapter takes it instead.
  url.searchParams.delete('schema')
  const adapter = new PrismaPg(
    { connectionString: url.toString() },
    schema ? { schema } : undefined,
  )
  return new PrismaClient({ adapter })
}
