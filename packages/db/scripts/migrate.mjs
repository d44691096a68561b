// `npm run db:migrate`: applies the committed migrations (`prisma migrate deploy`) to
// DATABASE_URL, with the schema engine environment of prisma-env.mjs.
import { spawnSync } from 'node:child_process'
import { findPrismaCli, prismaEnv, repoRoot } from './prisma-env.mjs'

if (!process.env.DATABASE_URL) {
  console.error(
    [
      'db:migrate: DATABASE_URL is not set, so there is no database to migrate.',
      'Set it to a PostgreSQL URL and run again, for example:',
      '  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/growops npm run db:migrate',
      '(`npm start` without DATABASE_URL migrates its embedded database by itself.)',
    ].join('\n'),
  )
  process.exit(1)
}
const cli = findPrismaCli()
if (!cli) {
  console.error('db:migrate: the Prisma CLI is not installed; run `npm install` first.')
  process.exit(1)
}
const result = spawnSync(process.execPath, [cli, 'migrate', 'deploy'], {
  cwd: repoRoot,
  env: prismaEnv(),
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
