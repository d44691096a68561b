// Helpers for the scanner specs: a fresh room of the demo facility with plants of our own
// (so other specs' plants never show in an audit), the fake camera (a QR label video written
// before each start of the camera) and reading what the api recorded.
import { encodeQrPayload } from '@growops/domain'
import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { writeQrVideo } from '../../fixtures/qr-video/qr-video.ts'
import { trpcMutation, trpcQuery } from '../../fixtures/layout.ts'
import { expect } from '../../fixtures/test.ts'

export interface ScanRoom {
  organizationId: string
  propertyId: string
  roomId: string
  roomCode: string
  batchId: string
  positions: { id: string; address: string }[]
  plants: { id: string; tag: string; positionId: string; address: string }[]
}

let counter = 0

/** A unique plant tag (TAG1: 24 of A-Z0-9). */
export function newTag(): string {
  counter += 1
  const unique = `${Date.now().toString(36)}${counter.toString(36)}`.toUpperCase()
  return `E2ESCAN${unique}`.padEnd(24, '0').slice(0, 24)
}

export async function organizationOf(request: APIRequestContext): Promise<string> {
  const me = await trpcQuery<{ memberships: { organizationId: string }[] }>(
    request,
    'auth.me',
    undefined,
  )
  return me.memberships[0]!.organizationId
}

/** A new VEG room in MAIN.GROW1 with one 1×`columns` table; the first `plants` positions filled. */
export async function createScanRoom(
  request: APIRequestContext,
  options: { columns: number; plants: number },
): Promise<ScanRoom> {
  const organizationId = await organizationOf(request)
  const building = await trpcQuery<{ propertyId: string; buildingId: string }>(
    request,
    'position.locate',
    {
      organizationId,
      address: 'MAIN.GROW1',
    },
  )
  const roomCode = `SC${Date.now().toString(36).toUpperCase().slice(-6)}`
  const room = await trpcMutation<{ id: string }>(request, 'room.create', {
    organizationId,
    buildingId: building.buildingId,
    code: roomCode,
    name: `Scan test ${roomCode}`,
    type: 'VEG',
  })
  await trpcMutation(request, 'section.create', {
    organizationId,
    roomId: room.id,
    code: 'T1',
    name: 'Table 1',
    type: 'TABLE',
    rows: 1,
    columns: options.columns,
  })
  const grid = await trpcQuery<{ positions: { id: string; address: string; column: number }[] }>(
    request,
    'room.positions',
    { organizationId, roomId: room.id },
  )
  const positions = [...grid.positions]
    .sort((a, b) => a.column - b.column)
    .map(({ id, address }) => ({ id, address }))
  const batches = await trpcQuery<{ id: string; name: string }[]>(request, 'batch.list', {
    organizationId,
  })
  const batchId = batches.find((batch) => batch.name.startsWith('B-001'))!.id
  const plants: ScanRoom['plants'] = []
  for (const position of positions.slice(0, options.plants)) {
    const tag = newTag()
    const plant = await trpcMutation<{ id: string }>(request, 'plant.create', {
      organizationId,
      tagNumber: tag,
      batchId,
      positionId: position.id,
    })
    plants.push({ id: plant.id, tag, positionId: position.id, address: position.address })
  }
  return {
    organizationId,
    propertyId: building.propertyId,
    roomId: room.id,
    roomCode,
    batchId,
    positions,
    plants,
  }
}

export interface HistoryEntry {
  fromPositionId: string | null
  toPositionId: string | null
  reason: string | null
}

export async function plantHistory(
  request: APIRequestContext,
  organizationId: string,
  plantId: string,
): Promise<{ plant: { status: string; positionId: string | null }; entries: HistoryEntry[] }> {
  return trpcQuery(request, 'plant.history', { organizationId, plantId })
}

/** A label's QR text, as printed for this deployment. */
export function plantLabel(baseURL: string, tag: string): string {
  return encodeQrPayload({ kind: 'p', tag }, new URL(baseURL).origin)
}

export function positionLabel(baseURL: string, id: string): string {
  return encodeQrPayload({ kind: 'a', id }, new URL(baseURL).origin)
}

/**
 * Holds `text`'s QR code in front of the camera until `read` shows: writes the video, then
 * (re)starts the camera so Chromium opens the new file (a camera started while another
 * stream is still open would share that stream and its old file: the scanner releases its
 * stream on stop). The video shows the label in several poses (see qr-video.ts). Should a
 * loaded machine still not read it in time, stop and show it again.
 */
export async function showToCamera(page: Page, text: string, read: Locator): Promise<void> {
  const file = process.env.E2E_CAMERA_FILE
  if (!file) throw new Error('E2E_CAMERA_FILE is set by playwright.config.ts')
  const starting = page.getByText('Starting the camera…')
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await stopCamera(page)
    writeQrVideo(file, [text])
    await page.getByRole('button', { name: 'Start camera' }).click()
    await expect(starting).toBeHidden({ timeout: 20_000 })
    try {
      await read.waitFor({ state: 'visible', timeout: 15_000 })
      return
    } catch {
      // Not read yet: show it again.
    }
  }
  await expect(read, `the camera never read ${text}`).toBeVisible()
}

/** Picks what the next scans are for (the page keeps it in the URL, so wait for it). */
export async function chooseMode(page: Page, mode: string): Promise<void> {
  const radio = page.getByRole('radio', { name: mode })
  await radio.click()
  await expect(radio).toBeChecked()
}

export async function stopCamera(page: Page): Promise<void> {
  const stop = page.getByRole('button', { name: 'Stop camera' })
  if (await stop.isVisible()) await stop.click()
  await expect(page.getByRole('button', { name: 'Start camera' })).toBeVisible()
}

/** Types a tag, address or label link into the manual entry. */
export async function typeCode(page: Page, text: string): Promise<void> {
  await page.getByLabel('Tag, address or label link').fill(text)
  await page.getByRole('button', { name: 'Use', exact: true }).click()
}

/** `window.__scanTimings` samples (decoded QR → confirmation shown, ms). */
export async function scanTimings(page: Page): Promise<number[]> {
  return page.evaluate(() => window.__scanTimings?.samples ?? [])
}

declare global {
  interface Window {
    __scanTimings?: { last: number | null; samples: number[] }
  }
}
