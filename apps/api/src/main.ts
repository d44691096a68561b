// Starts the api: reads configuration, connects to PostgreSQL, serves HTTP, and shuts down
// cleanly on SIGINT/SIGTERM.
import { createPrismaClient } from '@growops/db'
import { readApiEnv } from './env.ts'
import { createApiServer } from './server.ts'
import { DiskFileStore } from './services/files/disk-file-store.ts'
import { startExpiryReminders } from './services/compliance/expiry-reminders.ts'
import { startSensorWatchdog } from './services/sensors/sensor-watchdog.ts'
import { startTaskScheduler } from './services/tasks/task-scheduler.ts'

const env = readApiEnv()
const prisma = createPrismaClient(env.DATABASE_URL)
const server = createApiServer({
  prisma,
  env,
  redis: env.REDIS_URL ? { url: env.REDIS_URL } : undefined,
  files: new DiskFileStore(env.UPLOAD_DIR),
})

process.on('unhandledRejection', (reason) => {
  console.error('[api] unhandled rejection (request continues to be served):', reason)
})

// Silent sensors get an alert (SENS10); checked every minute.
const sensorWatchdog = startSensorWatchdog({
  prisma,
  live: server.live.publisher,
  silentAfterMinutes: env.SENSOR_SILENT_AFTER_MINUTES,
  log: (message) => console.error(message),
})

// Licences and permits: reminders 90/30/7/0 days before expiry (CDOC10); checked hourly.
const expiryReminders = startExpiryReminders({
  prisma,
  live: server.live.publisher,
  log: (message) => console.error(message),
})

// Recurring task templates get their next 7 days of tasks (TASK15); every 15 minutes.
const taskScheduler = startTaskScheduler({
  prisma,
  live: server.live.publisher,
  log: (message) => console.error(message),
})

server.listen(env.API_PORT, env.API_HOST, () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : env.API_PORT
  console.log(`[api] listening on http://${env.API_HOST}:${port}`)
})

let stopping = false
function shutdown(signal: string): void {
  if (stopping) return
  stopping = true
  console.log(`[api] ${signal}: closing`)
  sensorWatchdog.stop()
  taskScheduler.stop()
  expiryReminders.stop()
  server.live
    .close()
    .catch(() => undefined)
    .then(() => {
      server.close()
      server.closeAllConnections()
      return prisma.$disconnect()
    })
    .catch(() => undefined)
    .finally(() => process.exit(0))
}
process.on('SIGINT', () => shutdown('SIGINT'))
process.on('SIGTERM', () => shutdown('SIGTERM'))
