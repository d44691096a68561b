// Runs `prisma generate` after install. Generate needs no schema engine, but the CLI first
// tries to download one (which fails offline) unless PRISMA_SCHEMA_ENGINE_BINARY names an
// executable; prisma-env.mjs supplies the stand-in when no native engine is present.
import { spawnSync } from 'node:child_process'
import { findPrismaCli, prismaEnv, repoRoot } from './prisma-env.mjs'

const cli = findPrismaCli()
if (!cli) {
  console.log('prisma-generate: prisma CLI not installed yet, skipping')
  process.exit(0)
}
const result = spawnSync(process.execPath, [cli, 'generate'], {
  cwd: repoRoot,
  env: prismaEnv(),
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
