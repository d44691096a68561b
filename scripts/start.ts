// `npm start`: the whole workspace in one terminal. Without DATABASE_URL it runs the
// embedded PostgreSQL (PGlite under .data/), migrates and seeds it with the demo facility;
// then builds the web app and starts api (which serves it) and collab, with prefixed logs.
// `npm run dev` does the same with watchers and the Vite dev server.
import { mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createPrismaClient, migrateDatabase } from '@growops/db'
import { DEMO_USERS } from '../prisma/seed/demo-facility.ts'
import { seedDemoWorkspace } from '../prisma/seed/demo-workspace.ts'
import { removeEmbeddedDatabaseUrl, writeEmbeddedDatabaseUrl } from './lib/embedded-url.ts'
import {
  prefixFor,
  runToCompletion,
  startProcess,
  stopProcess,
  waitForHttpOk,
  type ManagedProcess,
} from './lib/processes.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const devMode = process.argv.includes('--dev')
const apiPort = Number(process.env.PORT ?? process.env.API_PORT ?? 3000)
const collabPort = Number(process.env.COLLAB_PORT ?? 1234)
const webDevPort = Number(process.env.WEB_DEV_PORT ?? 5173)
const host = process.env.HOST ?? '127.0.0.1'
const displayHost = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host
const tsx = join(root, 'node_modules', '.bin', 'tsx')
const log = (line: string) => process.stdout.write(`${prefixFor('start')} ${line}\n`)

const running: ManagedProcess[] = []
let database: ManagedProcess | undefined
let stopping = false

async function stopAll(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true
    log('stopping…')
    await Promise.all(running.map((managed) => stopProcess(managed)))
    // The database goes last, after everything that writes to it has stored its work.
    if (database) {
      await stopProcess(database, 20_000)
      removeEmbeddedDatabaseUrl()
    }
  }
  process.exit(exitCode)
}
process.on('SIGINT', () => void stopAll(0))
process.on('SIGTERM', () => void stopAll(0))

async function startEmbeddedDatabase(): Promise<string> {
  const dataDir = join(root, '.data', 'pglite')
  mkdirSync(dataDir, { recursive: true })
  const port = process.env.EMBEDDED_DB_PORT ?? '0'
  return new Promise<string>((resolveUrl, reject) => {
    database = startProcess({
      name: 'db',
      command: tsx,
      args: [
        join(root, 'packages/db/src/embedded/serve.ts'),
        '--data-dir',
        dataDir,
        '--port',
        port,
      ],
      onLine(line) {
        const match = /^EMBEDDED_DATABASE_URL=(\S+)$/.exec(line)
        if (match?.[1]) resolveUrl(match[1])
      },
    })
    void database.exited.then((code) => {
      reject(new Error(`the embedded database exited (${code}) before it was ready`))
      if (!stopping) void stopAll(1)
    })
  })
}

function watchForCrash(managed: ManagedProcess): void {
  void managed.exited.then((code) => {
    if (stopping) return
    log(`${managed.name} exited with ${code}; stopping everything`)
    void stopAll(code === 0 ? 1 : (code ?? 1))
  })
}

async function main(): Promise<void> {
  const embedded = !process.env.DATABASE_URL
  const databaseUrl = process.env.DATABASE_URL ?? (await startEmbeddedDatabase())
  log(embedded ? `embedded database ready (${databaseUrl})` : 'using DATABASE_URL')
  if (embedded) writeEmbeddedDatabaseUrl(databaseUrl)

  log('applying migrations…')
  await migrateDatabase(databaseUrl)

  if (embedded) {
    log('seeding the demo facility…')
    const prisma = createPrismaClient(databaseUrl)
    try {
      await seedDemoWorkspace(prisma, { demoPasswords: true })
    } finally {
      await prisma.$disconnect()
    }
  }

  if (!devMode) {
    log('building the web app…')
    await runToCompletion({
      name: 'build',
      command: join(root, 'node_modules', '.bin', 'turbo'),
      args: ['run', 'build', '--filter=@growops/web', '--output-logs=errors-only'],
      cwd: root,
      env: { TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
    })
  }

  const commonEnv = { DATABASE_URL: databaseUrl, NODE_ENV: devMode ? 'development' : 'production' }
  // The browser must reach collab under the host name it uses for the api (the session
  // cookie is sent by host name, whatever the port).
  const publicCollabUrl = process.env.PUBLIC_COLLAB_URL ?? `ws://${displayHost}:${collabPort}`
  const api = startProcess({
    name: 'api',
    command: tsx,
    args: [...(devMode ? ['watch'] : []), join(root, 'apps/api/src/main.ts')],
    env: {
      ...commonEnv,
      API_HOST: host,
      API_PORT: String(apiPort),
      PUBLIC_COLLAB_URL: publicCollabUrl,
      ...(devMode ? {} : { WEB_DIST_DIR: join(root, 'apps/web/dist') }),
    },
  })
  const collab = startProcess({
    name: 'collab',
    command: tsx,
    args: [...(devMode ? ['watch'] : []), join(root, 'apps/collab/src/main.ts')],
    env: { ...commonEnv, COLLAB_HOST: host, COLLAB_PORT: String(collabPort) },
  })
  running.push(api, collab)
  if (devMode) {
    const web = startProcess({
      name: 'web',
      command: join(root, 'node_modules', '.bin', 'vite'),
      args: ['--host', host, '--port', String(webDevPort), '--strictPort'],
      cwd: join(root, 'apps/web'),
      env: { API_PROXY_TARGET: `http://${host}:${apiPort}` },
    })
    running.push(web)
  }
  running.forEach(watchForCrash)

  await waitForHttpOk(`http://${host}:${apiPort}/health`, 60_000)
  await waitForHttpOk(`http://${host}:${collabPort}/health`, 60_000)

  const url = `http://${displayHost}:${devMode ? webDevPort : apiPort}`
  const lines = [
    '',
    `GrowOps Workspace is running: ${url}`,
    `  api + web  http://${displayHost}:${apiPort}   collab  ws://${displayHost}:${collabPort}`,
  ]
  if (embedded) {
    lines.push(
      `  database   embedded PostgreSQL in ${join(root, '.data')} (${databaseUrl})`,
      '',
      '  Demo logins (embedded database only):',
    )
    for (const user of DEMO_USERS)
      lines.push(`    ${user.role.padEnd(19)} ${user.email.padEnd(34)} ${user.password}`)
  } else {
    lines.push('  database   DATABASE_URL (no demo logins are created on an external database)')
  }
  lines.push('', '  Press Ctrl-C to stop.', '')
  for (const line of lines) log(line)
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`)
  void stopAll(1)
})
