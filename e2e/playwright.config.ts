// End-to-end tests drive the real stack (api serving the built web app, collab) on a fresh
// PostgreSQL database in Debian's Chromium. global-setup.ts starts it and publishes the URL.
import { existsSync, writeFileSync } from 'node:fs'
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
// Chromium reads the file's format when it lists cameras at launch: give it a grey frame of
// the size the specs write (480×360, 4:2:0) until a spec writes a label.
if (!existsSync(process.env.E2E_CAMERA_FILE)) {
  const [width, height] = [480, 360]
  writeFileSync(
    process.env.E2E_CAMERA_FILE,
    Buffer.concat([
      Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`),
      Buffer.alloc(width * height, 128),
      Buffer.alloc((width * height) / 2, 128),
    ]),
  )
}
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
