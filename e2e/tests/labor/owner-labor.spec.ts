import type { Page } from '@playwright/test'
import { expect, openMenuIfCollapsed, test } from '../../fixtures/test.ts'

async function nav(page: Page, name: string): Promise<void> {
  await openMenuIfCollapsed(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name, exact: true })
    .click()
}

const pad = (value: number) => String(value).padStart(2, '0')
function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
const yesterday = localDate(new Date(Date.now() - 86_400_000))
const today = localDate(new Date())

test.describe.serial('[LABOR] owner', () => {
  test('[LABOR] the owner corrects an entry, and a correction needs a reason', async ({
    page,
    signIn,
    expectAccessible,
  }, testInfo) => {
    await signIn('OWNER')
    await nav(page, 'Time clock')
    await page.getByRole('button', { name: 'Clock in' }).click()
    await page.getByRole('button', { name: 'Clock out' }).click()
    await expect(page.getByRole('status').filter({ hasText: /^Clocked out at / })).toBeVisible()

    await nav(page, 'Labor')
    await expect(page.getByRole('heading', { level: 1, name: 'Labor' })).toBeVisible()
    const entries = page.getByTestId('labor-entries')
    const row = entries.locator('tbody tr').filter({ hasText: 'Olivia Owner' }).first()
    await row.getByRole('button', { name: /^Correct/ }).click()
    const form = page.getByRole('region', { name: /^Correct the entry of Olivia Owner/ })
    await expect(form.getByRole('heading')).toBeFocused()
    // Each project moves its entry to its own four hours of yesterday, so runs never overlap.
    const [start, end] = testInfo.project.name === 'phone' ? ['13:00', '17:00'] : ['07:00', '11:00']
    await form.getByLabel('Clock in').fill(`${yesterday}T${start}`)
    await form.getByLabel('Clock out').fill(`${yesterday}T${end}`)
    // Wide tables scroll inside their region: the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      page.viewportSize()?.width ?? 0,
    )
    await form.getByLabel('Reason for the correction').fill('oops')
    await form.getByRole('button', { name: 'Save correction' }).click()
    await expect(form.getByText('Say why, in at least 5 characters.')).toBeVisible()
    await expect(form.getByLabel('Reason for the correction')).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    await expectAccessible()

    await form.getByLabel('Reason for the correction').fill('Forgot to clock in yesterday morning')
    await form.getByRole('button', { name: 'Save correction' }).click()
    await expect(form).toBeHidden()
    const corrected = entries.locator('tbody tr').filter({ hasText: 'Corrected once' }).first()
    await expect(corrected).toContainText('Olivia Owner')
    await expect(corrected.locator('td').nth(2)).toHaveText('4')
  })

  test('[LABOR] the report shows the hours, and the CSV downloads', async ({
    page,
    signIn,
    expectAccessible,
  }) => {
    await signIn('OWNER')
    await page.goto('/labor/reports')
    await expect(page.getByRole('heading', { level: 2, name: 'Labor report' })).toBeVisible()
    await page.getByLabel('Group by').selectOption('person')
    await page.getByLabel('From').fill(yesterday)
    await page.getByLabel('To').fill(today)
    await page.getByRole('button', { name: 'Show report' }).click()
    const owner = page
      .getByTestId('labor-report')
      .locator('tbody tr')
      .filter({ hasText: 'Olivia Owner' })
    await expect(owner.locator('td').first()).toHaveText(/^([4-9]|\d\d)(\.\d+)?$/)
    // The owner has no wage rate in this database: hours shown, not costed.
    await expect(page.getByText(/have no wage rate for the person or their role/)).toBeVisible()
    await expectAccessible()

    const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')
    const response = await page.request.get(href ?? '')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8')
    expect(await response.text()).toContain('Olivia Owner')
  })
})
