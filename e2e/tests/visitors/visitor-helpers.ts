// Helpers for the visitor specs: a zone and a kiosk made through the manager's screens, the kiosk
// opened in a browser of its own (no member session), and a visitor checking in there.
import type { Browser, Locator, Page } from '@playwright/test'
import { expect } from '../../fixtures/test.ts'

let counter = 0

/** A suffix no other run or project of this database has used. */
export function uniqueSuffix(): string {
  counter += 1
  return `${Date.now().toString(36).slice(-5)}${counter}`.toUpperCase()
}

/** The zone tile of `zoneName` on the visitors page. */
export function zoneTile(page: Page, zoneName: string): Locator {
  return page
    .getByTestId('zone-tile')
    .filter({ has: page.getByRole('heading', { level: 3, name: zoneName, exact: true }) })
}

/** Adds a zone on /visitors › Zones (no rooms: a lobby) and returns to the page's Today tab. */
export async function createZone(page: Page, code: string, name: string): Promise<void> {
  await page.goto('/visitors?tab=zones')
  await page.getByRole('button', { name: 'Add a zone' }).click()
  await page.getByLabel('Code').fill(code)
  await page.getByLabel('Name', { exact: true }).fill(name)
  await page.getByLabel('Visitor limit (leave empty for none)').fill('5')
  await page.getByLabel('Visitors must be escorted in this zone').uncheck()
  await page.getByRole('button', { name: 'Save zone' }).click()
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(`^${name}`) })).toBeVisible()
}

/** Creates a kiosk on /visitors › Kiosks and returns the link shown once. */
export async function createKiosk(page: Page, name: string): Promise<string> {
  await page.goto('/visitors?tab=kiosks')
  await page.getByLabel('Kiosk name').fill(name)
  await page.getByRole('button', { name: 'Create kiosk' }).click()
  const link = page.getByLabel('Kiosk link')
  await expect(link).toHaveValue(/\/kiosk\?token=gk_/)
  return link.inputValue()
}

/** A browser context with no session, opened on the kiosk link (the token stays on it). */
export async function openKiosk(browser: Browser, baseURL: string, link: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1024, height: 768 } })
  const kiosk = await context.newPage()
  await kiosk.goto(link)
  await expect(kiosk.getByRole('heading', { level: 1, name: /^Welcome to / })).toBeVisible()
  // The token left the address bar and lives on the device.
  expect(new URL(kiosk.url()).search).toBe('')
  return kiosk
}

/** A visitor checks in at the kiosk into `zoneName`; returns the badge code shown. */
export async function checkInAtKiosk(
  kiosk: Page,
  visitor: { name: string; host: string; zoneName: string },
): Promise<string> {
  await kiosk.getByRole('button', { name: 'Check in' }).click()
  await kiosk.getByLabel('Your full name').fill(visitor.name)
  await kiosk.getByLabel('Company (optional)').fill('Acme Irrigation')
  await kiosk.getByLabel('Purpose of your visit').fill('Pump repair')
  await kiosk.getByLabel('Who are you visiting?').selectOption({ label: visitor.host })
  await kiosk.getByRole('checkbox', { name: visitor.zoneName, exact: true }).check()
  // Without the two acknowledgements the kiosk refuses and says why.
  await kiosk.getByRole('button', { name: 'Check in' }).click()
  await expect(
    kiosk.getByText('Please show your photo ID to reception, then confirm it here.'),
  ).toBeVisible()
  await kiosk.getByLabel('I have shown photo ID to reception').check()
  await kiosk.getByLabel('I have read the safety agreement and I agree to it').check()
  await kiosk.getByRole('button', { name: 'Check in' }).click()
  await expect(
    kiosk.getByRole('heading', { level: 1, name: `Welcome, ${visitor.name}` }),
  ).toBeVisible()
  const badge = kiosk.getByRole('article', { name: `Visitor badge of ${visitor.name}` })
  await expect(badge.getByRole('img', { name: /^QR code of badge / })).toBeVisible()
  const code = (await badge.locator('.visitor-badge__code').textContent()) ?? ''
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/)
  return code
}
