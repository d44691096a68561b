// The demo facility (seeded without a drawing) opened in the layout designer from the
// facility page, on a desktop and on a phone: the import draws its rooms and tables, and
// the occupancy layer colours the seeded plants.
import { expect, test } from '../../fixtures/test.ts'

test('the demo facility opens in the layout designer, imports and shows occupancy', async ({
  page,
  signIn,
}) => {
  test.setTimeout(90_000)
  await signIn('HEAD_GROWER')
  await page.goto('/facility')
  // Other specs add properties; the demo facility is MAIN.
  await page
    .getByRole('region', { name: /^MAIN\b/ })
    .getByRole('link', { name: 'Open the layout designer' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: /layout$/ })).toBeVisible()
  await expect(page.getByText('Live', { exact: true })).toBeVisible({ timeout: 20_000 })

  // Both projects share one database: the first run imports, a later one finds it drawn.
  const importButton = page.getByRole('button', { name: 'Start from the current facility' })
  const tables = page.locator('.tl-shape[data-shape-type="gw-table"]')
  await expect(importButton.or(tables).first()).toBeAttached()
  if (await importButton.isVisible()) await importButton.click()
  await expect(tables.first()).toBeAttached()
  await expect(page.locator('.tl-shape[data-shape-type="gw-rack"]').first()).toBeAttached()
  await expect(page.getByRole('tab', { name: 'Issues (0)' })).toBeVisible()

  await page.getByRole('checkbox', { name: 'Occupancy' }).check()
  await expect(page.getByText(/occupied/i).first()).toBeVisible({ timeout: 20_000 })
})
