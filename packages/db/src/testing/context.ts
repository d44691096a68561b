// What the global setup hands to test files through vitest's provide/inject.
export interface TestDatabaseContext {
  /** Server URL (any database on it) used to create and drop test databases. */
  serverUrl: string
  /** Migrated template database that every test database is copied from. */
  templateName: string
  /** Prefix of the databases this run creates, so teardown can drop leftovers. */
  runPrefix: string
}

export const CONTEXT_KEY = 'growopsTestDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    growopsTestDatabase: TestDatabaseContext
  }
}
