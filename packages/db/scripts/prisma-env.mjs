// The environment for running the Prisma CLI here. Migrations need a schema engine; where
// Prisma's native one could not be downloaded, point the CLI at the WASM stand-in
// (packages/db/schema-engine/engine.mjs). A user's own PRISMA_SCHEMA_ENGINE_BINARY or an
// installed native engine always wins, so plain Prisma keeps working where it can.
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The repository root (where prisma.config.ts lives). */
export const repoRoot = join(packageDir, '..', '..')

/** Path of the stand-in schema engine executable. */
export const standInEngine = join(packageDir, 'schema-engine', 'engine.mjs')

/** Path of the Prisma CLI entry point, or null before `npm install`. */
export function findPrismaCli() {
  const bin = join(repoRoot, 'node_modules', 'prisma', 'build', 'index.js')
  return existsSync(bin) ? bin : null
}

/** Directories where the Prisma CLI looks for a downloaded native schema engine. */
function nativeEngineDirs() {
  return [
    join(repoRoot, 'node_modules', '@prisma', 'engines'),
    join(repoRoot, 'node_modules', 'prisma'),
  ]
}

/** The first native schema engine binary found, or null. */
export function findNativeSchemaEngine() {
  for (const dir of nativeEngineDirs()) {
    if (!existsSync(dir)) continue
    const binary = readdirSync(dir).find((name) => name.startsWith('schema-engine-'))
    if (binary) return join(dir, binary)
  }
  return null
}

/**
 * Returns the environment to run the Prisma CLI with: `base` plus, when no schema engine
 * is configured or installed, PRISMA_SCHEMA_ENGINE_BINARY pointing at the stand-in.
 * @param {NodeJS.ProcessEnv} [base]
 * @returns {NodeJS.ProcessEnv}
 */
export function prismaEnv(base = process.env) {
  const env = { ...base, PRISMA_HIDE_UPDATE_MESSAGE: '1' }
  if (env.PRISMA_SCHEMA_ENGINE_BINARY || findNativeSchemaEngine()) return env
  env.PRISMA_SCHEMA_ENGINE_BINARY = standInEngine
  return env
}
