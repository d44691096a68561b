import { openSecondUser } from '../../fixtures/layout.ts'
import { expect, test } from '../../fixtures/test.ts'

test('[LIVE] an urgent announcement reaches an open page as a banner, is acknowledged, and the owner sees who acknowledged', async ({
  page,
  browser,
  baseURL,
  signIn,
  expectAccessible,
}) => {
  const title = `Power cut in GROW1 ${Date.now().toString(36)}`

  // Staff has the dashboard open before the announcement exists.
  const staff = await openSecondUser(browser, baseURL!, 'STAFF')
  try {
    await expect(staff.getByText('Live updates on')).toBeVisible({ timeout: 15_000 })

    await signIn('OWNER')
    await page.goto('/announcements')
    const form = page.getByRole('region', { name: 'Post an announcement' })
    await form.getByLabel('Title').fill(title)
    await form.getByLabel('Message').fill('Generators are on. Keep the flower room doors shut.')
    await form.getByRole('radio', { name: 'Urgent' }).check()
    // Owner and staff only, so other specs' people get no banner.
    await form.getByRole('checkbox', { name: 'Owner' }).check()
    await form.getByRole('checkbox', { name: 'Staff' }).check()
    await form.getByRole('button', { name: 'Post announcement' }).click()
    await expect(form.getByText(`Posted “${title}”.`)).toBeVisible()

    // The staff member's page shows it without a reload, and they acknowledge it.
    const banner = staff.getByRole('alert').filter({ hasText: title })
    await expect(banner).toBeVisible()
    await expect(banner.getByRole('heading', { name: new RegExp(title) })).toBeVisible()
    await banner.getByRole('button', { name: `Acknowledge: ${title}` }).focus()
    await staff.keyboard.press('Enter')
    await expect(staff.getByRole('heading', { name: new RegExp(title) })).toHaveCount(0)

    // The owner sees the staff member among those who acknowledged (live, no reload).
    const item = page.getByTestId('announcement').filter({ hasText: title })
    await item.getByRole('button', { name: `Who has acknowledged: ${title}` }).click()
    await expect(item.getByTestId('acknowledged')).toContainText('Sam Staff')
    await expectAccessible()
    // Leave nothing unacknowledged for the owner in later specs.
    await item.getByRole('button', { name: `Acknowledge: ${title}` }).click()
    await expect(item.getByText('You acknowledged this')).toBeVisible()
  } finally {
    await staff.context().close()
  }
})
