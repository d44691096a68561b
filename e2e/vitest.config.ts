import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'e2e-fixtures',
    environment: 'node',
    // The fixtures' own unit tests; the specs under tests/ are Playwright's.
    include: ['fixtures/**/*.test.ts'],
  },
})
