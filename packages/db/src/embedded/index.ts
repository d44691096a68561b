// @growops/db/embedded: the PGlite database served on a loopback port.
export { startEmbeddedDatabase } from './start-embedded-database.ts'
export type { EmbeddedDatabase, EmbeddedDatabaseOptions } from './start-embedded-database.ts'
