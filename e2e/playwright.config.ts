// End-to-end tests drive the real stack (api serving the built web app, collab) on a fresh
// PostgreSQL database in Debian's Chromium. global-setup.ts starts it and publishes the URL.
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig, devices } from '@playwright/test'

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

// The scan specs' fake camera plays this file (a Y4M video the spec writes before each start
// of the camera; Chromium opens it afresh every time the camera starts). Workers inherit it.
process.env.E2E_CAMERA_FILE ??= join(tmpdir(), `growops-e2e-camera-${process.pid}.y4m`)
const cameraArgs = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  `--use-file-for-fake-video-capture=${process.env.E2E_CAMERA_FILE}`,
]

export default defineConfig({
  testDir: './tests',
  globalSetup: './fixtures/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    // Set by global-setup.ts before workers start.
    baseURL: process.env.E2E_BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: 'scan/**',
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    { name: 'phone', testIgnore: 'scan/**', use: { ...devices['Pixel 7'], channel: undefined } },
    // The scanner specs, with a simulated camera fed by generated QR label videos.
    {
      name: 'scan',
      testMatch: 'scan/**/*.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        channel: undefined,
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [...chromiumArgs, ...cameraArgs],
        },
      },
    },
  ],
})
