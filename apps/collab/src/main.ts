// Starts the collab server and stores every loaded document before exiting on a signal.
import { createPrismaClient } from '@growops/db'
import { readCollabEnv } from './env.ts'
import { createCollabServer } from './server.ts'

const env = readCollabEnv()
const prisma = createPrismaClient(env.DATABASE_URL)
const server = createCollabServer({ prisma, host: env.COLLAB_HOST, port: env.COLLAB_PORT })

await server.listen()
console.log(`[collab] listening on ${server.webSocketURL}`)

let stopping = false
async function shutdown(signal: string): Promise<void> {
  if (stopping) return
  stopping = true
  console.log(`[collab] ${signal}: storing documents and closing`)
  await server.destroy()
  await prisma.$disconnect().catch(() => undefined)
  process.exit(0)
}
process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))
