import type { ServerResponse } from 'node:http'
import type { PrismaClient } from '@growops/db'

/** Liveness plus a database round trip; 503 when the database does not answer. */
export async function answerHealth(prisma: PrismaClient, res: ServerResponse): Promise<void> {
  let database: 'ok' | 'unavailable' = 'ok'
  try {
    await prisma.$queryRaw`SELECT 1`
  } catch {
    database = 'unavailable'
  }
  res.statusCode = database === 'ok' ? 200 : 503
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.end(
    JSON.stringify({ status: database === 'ok' ? 'ok' : 'degraded', service: 'api', database }),
  )
}
