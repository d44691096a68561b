// Runs `prisma generate` after install. The CLI first tries to download the schema
// engine, which fails on machines without internet; pointing PRISMA_SCHEMA_ENGINE_BINARY
// at any executable skips that download (generate itself needs no engine).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const prismaBin = join(root, 'node_modules', '.bin', 'prisma')
if (!existsSync(prismaBin)) {
  console.log('prisma-generate: prisma CLI not installed yet, skipping')
  process.exit(0)
}
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' }
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath
const result = spawnSync(prismaBin, ['generate'], { cwd: root, env, stdio: 'inherit' })
process.exit(result.status ?? 1)
