import { expect, openMenuIfCollapsed, test } from '../../fixtures/test.ts'

test('[FACILITY] staff sees the room read-only', async ({ page, signIn, expectAccessible }) => {
  await signIn('STAFF')
  await openMenuIfCollapsed(page)
  await page.getByRole('link', { name: 'Facility' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Facility' })).toBeVisible()
  await expectAccessible()

  await page.getByRole('link', { name: 'FLOWER-A · Flower Room A' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'FLOWER-A · Flower Room A' }),
  ).toBeVisible()
  await expect(page.getByText('You can look at this room.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Place plants' })).toHaveCount(0)
  await expect(page.getByRole('grid')).toHaveCount(12)

  // Positions still open their details, read-only.
  const t1 = page.getByRole('grid', { name: /^T1 positions/ })
  await t1.getByRole('button', { name: /^R4 C10,/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Position T1 R4 C10' })
  await expect(dialog.getByText('MAIN.GROW1.FLOWER-A.T1.R4.C10.P1')).toBeVisible()
  await expectAccessible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})
