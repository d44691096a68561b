// The scanner offers only the flows a role can carry out: STAFF has no audit walk (walks need
// full cultivation access), read-only roles only look up; a mode in the link they cannot use
// opens the look-up instead.
import { expect, test } from '../../fixtures/test.ts'

const ALL = ['Look up', 'Move', 'Quick place', 'Harvest', 'Audit walk']

test('[SCAN] each role sees only the scan flows it can use', async ({ page, signIn }) => {
  await signIn('HEAD_GROWER')
  await page.goto('/scan?mode=audit')
  for (const mode of ALL) await expect(page.getByRole('radio', { name: mode })).toHaveCount(1)
  await expect(page.getByRole('radio', { name: 'Audit walk' })).toBeChecked()
  await page.context().clearCookies()

  await signIn('STAFF')
  await page.goto('/scan?mode=audit')
  await expect(page.getByRole('heading', { level: 2, name: 'Look up' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Audit walk' })).toHaveCount(0)
  for (const mode of ALL.slice(0, 4))
    await expect(page.getByRole('radio', { name: mode })).toHaveCount(1)
  await expect(page.getByRole('radio', { name: 'Look up' })).toBeChecked()
  await page.getByRole('radio', { name: 'Harvest' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Harvest' })).toBeVisible()
  await page.context().clearCookies()

  await signIn('ACCOUNTANT')
  await page.goto('/scan?mode=move')
  await expect(page.getByRole('heading', { level: 2, name: 'Look up' })).toBeVisible()
  await expect(page.getByRole('radio')).toHaveCount(0)
})
