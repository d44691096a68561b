// `npm run prisma -- <args>`: the Prisma CLI with the schema engine environment of
// prisma-env.mjs (the WASM stand-in when no native engine is available).
import { spawnSync } from 'node:child_process'
import { findPrismaCli, prismaEnv, repoRoot } from './prisma-env.mjs'

const cli = findPrismaCli()
if (!cli) {
  console.error('prisma: the Prisma CLI is not installed; run `npm install` first.')
  process.exit(1)
}
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: repoRoot,
  env: prismaEnv(),
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
