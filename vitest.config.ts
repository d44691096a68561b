// One `vitest run` at the root runs every package's own vitest.config.ts.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      'prisma/vitest.config.ts',
      'e2e/vitest.config.ts',
    ],
  },
})
