// Printing labels and the floor plan of a room, on a desktop and on a phone: the sheet holds
// one label per position (and the room's and table's own), each with its address and a drawn
// QR code; in print, only the sheet is laid out.
import type { Page } from '@playwright/test'
import { expect, test } from '../../fixtures/test.ts'
import { createScanRoom, type ScanRoom } from '../scan/scan-helpers.ts'

declare global {
  interface Window {
    __printCalls?: number
  }
}

/** window.print opens a dialog Chromium cannot close in a test: count the calls instead. */
async function countPrints(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__printCalls = 0
    window.print = () => {
      window.__printCalls = (window.__printCalls ?? 0) + 1
    }
  })
}

function roomAddress(room: ScanRoom): string {
  return `MAIN.GROW1.${room.roomCode}`
}

test("[LABELS] a room's position labels print on one sheet: every address with its QR code", async ({
  page,
  signIn,
  expectAccessible,
}) => {
  test.setTimeout(90_000)
  await signIn('HEAD_GROWER')
  const room = await createScanRoom(page.request, { columns: 4, plants: 2 })

  // From the room page, as people find it.
  await page.goto(`/rooms/${room.roomId}`)
  await page.getByRole('link', { name: 'Print this room’s labels' }).click()
  await expect(page).toHaveURL(new RegExp(`/labels\\?room=${room.roomId}$`))
  await expect(page.getByRole('heading', { level: 1, name: 'Print labels' })).toBeVisible()
  // The room's and the table's own labels, then one per position.
  await expect(page.getByText('6 labels · 1 page')).toBeVisible()
  const print = page.getByRole('button', { name: 'Print', exact: true })
  await expect(print).toBeEnabled()

  const sheet = page.getByRole('region', { name: 'Page 1 of 1' })
  await expect(sheet.locator('.qr-label')).toHaveCount(6)
  const codes = [
    roomAddress(room),
    `${roomAddress(room)}.T1`,
    ...room.positions.map((p) => p.address),
  ]
  for (const code of codes) {
    const qr = sheet.getByRole('img', { name: `QR code for ${code}`, exact: true })
    await expect(qr).toBeVisible()
    // The code is drawn (an SVG with its modules), not a placeholder.
    await expect(qr.locator('svg path')).not.toHaveCount(0)
  }
  // Each position label shows its address as text (dots may wrap, so compare without spaces).
  const texts = await sheet.locator('.qr-label').allInnerTexts()
  for (const position of room.positions)
    expect(texts.some((text) => text.replace(/\s+/g, '').includes(position.address))).toBe(true)
  await expectAccessible()

  // Without the containers' own labels: the positions only.
  const containers = page.getByLabel('Also print the room’s and each table’s own label')
  await containers.click()
  await expect(containers).not.toBeChecked()
  await expect(page.getByText('4 labels · 1 page')).toBeVisible()
  await expect(sheet.locator('.qr-label')).toHaveCount(4)

  // Printing: the button asks the browser to print; in print only the sheet shows.
  await countPrints(page)
  await print.click()
  expect(await page.evaluate(() => window.__printCalls)).toBe(1)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 1, name: 'Print labels' })).toBeHidden()
  await expect(print).toBeHidden()
  await expect(page.getByLabel('Label stock')).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(sheet.locator('.qr-label')).toHaveCount(4)
  await expect(
    sheet.getByRole('img', { name: `QR code for ${room.positions[0]!.address}` }),
  ).toBeVisible()
  expect(await sheet.evaluate((element) => getComputedStyle(element).boxShadow)).toBe('none')
  // The stock's page size and no margins come with the sheet (Avery 5160: US Letter).
  const pageRule = await page.evaluate(() => {
    for (const styleSheet of Array.from(document.styleSheets))
      for (const rule of Array.from(styleSheet.cssRules))
        if (rule instanceof CSSPageRule) return rule.cssText
    return ''
  })
  expect(pageRule).toMatch(/size:\s*8\.5in 11in/)
  await page.emulateMedia({ media: 'screen' })
  await expect(print).toBeVisible()
})

test('[LABELS] the printable floor plan of a room: its grid, its QR code, print only the plan', async ({
  page,
  signIn,
  expectAccessible,
}) => {
  await signIn('HEAD_GROWER')
  const room = await createScanRoom(page.request, { columns: 3, plants: 1 })
  await page.goto(`/rooms/${room.roomId}`)
  await page.getByRole('link', { name: 'Printable floor plan' }).click()
  await expect(page).toHaveURL(new RegExp(`/rooms/${room.roomId}/plan$`))
  const title = page.getByRole('heading', {
    level: 1,
    name: `${roomAddress(room)} — Scan test ${room.roomCode}`,
  })
  await expect(title).toBeVisible()
  const drawing = page.getByRole('img', {
    name: `Floor plan of Scan test ${room.roomCode}: 1 table or rack with its grid`,
  })
  await expect(drawing).toBeVisible()
  // One cell per position, drawn inside the table's outline.
  await expect(drawing.locator('rect[stroke-width="0.04"]')).toHaveCount(3)
  await expect(page.getByRole('img', { name: `QR code for ${roomAddress(room)}` })).toBeVisible()
  await expect(page.getByText(`${roomAddress(room)}.T1 — Table 1: 1 × 3`)).toBeVisible()
  await expectAccessible()

  await countPrints(page)
  await page.getByRole('button', { name: 'Print the floor plan' }).click()
  expect(await page.evaluate(() => window.__printCalls)).toBe(1)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: 'Print the floor plan' })).toBeHidden()
  await expect(page.getByRole('link', { name: 'Back to the room' })).toBeHidden()
  await expect(title).toBeVisible()
  await expect(drawing).toBeVisible()
  await page.emulateMedia({ media: 'screen' })
})
