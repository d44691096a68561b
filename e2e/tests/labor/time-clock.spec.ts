import type { Page } from '@playwright/test'
import { expect, openMenuIfCollapsed, test } from '../../fixtures/test.ts'

async function nav(page: Page, name: string): Promise<void> {
  await openMenuIfCollapsed(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name, exact: true })
    .click()
}

test('[LABOR] staff clocks in, takes a break and clocks out on the phone', async ({
  page,
  signIn,
  expectAccessible,
}, testInfo) => {
  // The phone project checks the narrowest phone the app supports.
  if (testInfo.project.name === 'phone') await page.setViewportSize({ width: 390, height: 844 })
  await signIn('STAFF')
  await nav(page, 'Time clock')
  await expect(page.getByRole('heading', { level: 1, name: 'Time clock' })).toBeVisible()
  const clock = page.getByRole('region', { name: 'You are clocked out' })
  await clock.getByLabel('Room (optional)').selectOption({ label: 'GROW1 · VEG-A — Veg Room A' })
  const clockIn = clock.getByRole('button', { name: 'Clock in' })
  // Thumb-sized and within the screen.
  const box = await clockIn.boundingBox()
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(64)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  )
  await expectAccessible()
  await clockIn.click()

  const open = page.getByRole('region', { name: 'You are clocked in' })
  await expect(open.getByText(/^Clocked in since .* · GROW1 · VEG-A$/)).toBeVisible()
  await expect(open.getByRole('status')).toHaveText(/^Clocked in at /)
  await open.getByLabel('Unpaid meal break').check()
  await open.getByRole('button', { name: 'Start break' }).click()
  await expect(open.getByText(/^On an unpaid break since /)).toBeVisible()
  await open.getByRole('button', { name: 'End break' }).click()
  await expect(open.getByRole('status')).toHaveText('Break ended. Welcome back.')
  await expectAccessible()
  await open.getByRole('button', { name: 'Clock out' }).click()

  const done = page.getByRole('region', { name: 'You are clocked out' })
  await expect(done.getByRole('status')).toHaveText(/^Clocked out at .*: 0 h on this entry\.$/)
  const today = page.getByRole('region', { name: 'Today’s entries' })
  await expect(today.getByTestId('labor-entries').locator('tbody tr').first()).toContainText(
    'GROW1 · VEG-A',
  )
  await expect(page.getByTestId('labor-week').locator('tfoot')).toContainText('Week total')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  )
})
