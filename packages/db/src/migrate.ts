// Applies the committed migrations to a database from a program (npm start, test setup):
// the same `prisma migrate deploy` as `npm run db:migrate`, with the same schema engine.
import { execFile } from 'node:child_process'
import { findPrismaCli, prismaEnv, repoRoot } from '../scripts/prisma-env.mjs'

/**
 * Runs `prisma migrate deploy` against `databaseUrl` in a child process. Resolves with the
 * CLI output; rejects with an Error whose message holds the CLI output when it fails.
 */
export function migrateDatabase(databaseUrl: string): Promise<string> {
  const cli = findPrismaCli()
  if (!cli)
    return Promise.reject(new Error('The Prisma CLI is not installed; run `npm install` first.'))
  const env = { ...prismaEnv(), DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' }
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, 'migrate', 'deploy'],
      { cwd: repoRoot, env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const output = [stdout, stderr].filter(Boolean).join('\n').trim()
        if (error)
          reject(
            new Error(`prisma migrate deploy failed (${error.code ?? error.signal}):\n${output}`),
          )
        else resolve(output)
      },
    )
  })
}
