import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'seed',
    include: ['seed/**/*.test.ts'],
    globalSetup: ['../packages/db/src/testing/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
