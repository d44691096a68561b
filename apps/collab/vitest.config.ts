import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'collab',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['../../packages/db/src/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
