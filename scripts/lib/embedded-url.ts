// While `npm start` runs the embedded database, its URL is kept in .data/ so that dev tools
// (npm run simulate:sensors) can reach the same database without copying it from the logs.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const EMBEDDED_URL_FILE = join(root, '.data', 'embedded-database-url')

export function writeEmbeddedDatabaseUrl(url: string): void {
  mkdirSync(dirname(EMBEDDED_URL_FILE), { recursive: true })
  writeFileSync(EMBEDDED_URL_FILE, `${url}\n`, { mode: 0o600 })
}

export function removeEmbeddedDatabaseUrl(): void {
  rmSync(EMBEDDED_URL_FILE, { force: true })
}

/** The running embedded database's URL, or null when `npm start` is not running one. */
export function readEmbeddedDatabaseUrl(): string | null {
  try {
    const url = readFileSync(EMBEDDED_URL_FILE, 'utf8').trim()
    return url === '' ? null : url
  } catch {
    return null
  }
}
