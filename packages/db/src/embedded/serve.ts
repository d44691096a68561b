// Runs the embedded database as its own process:
//   tsx packages/db/src/embedded/serve.ts --data-dir .data/db --port 0
// Prints one line `EMBEDDED_DATABASE_URL=<url>` on stdout when ready; SIGINT/SIGTERM stop it
// cleanly (connections closed, PGlite closed) before the process exits.
import { parseArgs } from 'node:util'
import { startEmbeddedDatabase } from './start-embedded-database.ts'

function readOptions(): { dataDir: string; port: number } {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, port: { type: 'string', default: '0' } },
  })
  const dataDir = values['data-dir']
  const port = Number(values.port)
  if (!dataDir || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(
      'usage: serve.ts --data-dir <folder> [--port <0-65535>]  (port 0 = any free port)',
    )
    process.exit(2)
  }
  return { dataDir, port }
}

async function main(): Promise<void> {
  const database = await startEmbeddedDatabase(readOptions())
  process.stdout.write(`EMBEDDED_DATABASE_URL=${database.url}\n`)
  const shutdown = (signal: NodeJS.Signals): void => {
    database.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`embedded database: failed to stop cleanly after ${signal}:`, error)
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}

main().catch((error: unknown) => {
  console.error('embedded database: failed to start:', error)
  process.exit(1)
})
