// Starts the collab server and stores every loaded document before exiting on a signal.
import { createPrismaClient } from '@growops/db'
import { readCollabEnv } from './env.ts'
import { createCollabServer } from './server.ts'

/** How long a shutdown waits for unstored updates (a database outage) before giving up. */
const SHUTDOWN_LIMIT_MS = 60_000

const env = readCollabEnv()
const prisma = createPrismaClient(env.DATABASE_URL)
const server = createCollabServer({
  prisma,
  host: env.COLLAB_HOST,
  port: env.COLLAB_PORT,
  redis: env.REDIS_URL ? { url: env.REDIS_URL } : null,
})

await server.listen()
console.log(`[collab] listening on ${server.webSocketURL}${env.REDIS_URL ? ' (redis)' : ''}`)

let stopping = false
async function shutdown(signal: string): Promise<void> {
  if (stopping) return
  stopping = true
  console.log(`[collab] ${signal}: storing documents and closing`)
  // destroy() resolves once every document is stored and unloaded; a document whose
  // updates cannot be stored stays loaded (and retried) until the limit.
  const limit = setTimeout(() => {
    console.error(`[collab] documents still unstored after ${SHUTDOWN_LIMIT_MS} ms; exiting`)
    process.exit(1)
  }, SHUTDOWN_LIMIT_MS)
  await server.destroy()
  clearTimeout(limit)
  await prisma.$disconnect().catch(() => undefined)
  process.exit(0)
}
process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))
