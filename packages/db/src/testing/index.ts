// @growops/db/testing: per-test-file PostgreSQL databases for vitest (see README.md).
export { createTestDatabase } from './create-test-database.ts'
export type { TestDatabase } from './create-test-database.ts'
export type { TestDatabaseContext } from './context.ts'
