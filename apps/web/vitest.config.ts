import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'web',
    // Logic and translation checks only: no DOM needed (and jsdom isn't installed).
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
})
