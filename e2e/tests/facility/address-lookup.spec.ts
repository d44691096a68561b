import { expect, test } from '../../fixtures/test.ts'

test('[FACILITY] looking up an address jumps to the position and shows the plant', async ({
  page,
  signIn,
  expectAccessible,
}) => {
  await signIn('HEAD_GROWER')
  await page.goto('/facility')
  const search = page.getByRole('search', { name: 'Address lookup' })
  const field = search.getByLabel('Address or prefix')

  // A malformed address names the wrong segment, before anything is sent.
  await field.fill('MAIN.GROW1.VEG A')
  await field.press('Enter')
  const problem = 'Segment 3 “VEG A” should be a room code, but it contains a space.'
  await expect(field).toHaveAccessibleDescription(/Segment 3 “VEG A” should be a room code/)
  await expect(search.getByRole('alert')).toHaveText(problem)
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expectAccessible()

  // An unknown one says which segment matches nothing.
  await field.fill('MAIN.GROW9.VEG-A')
  await field.press('Enter')
  await expect(search.getByRole('alert')).toHaveText(
    'Nothing in your facility matches segment 2 “GROW9” of MAIN.GROW9.VEG-A.',
  )

  // Typed in lower case, without the slot: the room opens at the position with its plant.
  await field.fill(' main.grow1.veg-a.left.r3.c5 ')
  await search.getByRole('button', { name: 'Find' }).click()
  await expect(page).toHaveURL(/\/rooms\/[^?]+\?position=/)
  const dialog = page.getByRole('dialog', { name: 'Position LEFT R3 C5' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText('MAIN.GROW1.VEG-A.LEFT.R3.C5.P1', { exact: true })).toBeVisible()
  await expect(dialog.getByText('1A4010300000001000000021', { exact: true })).toBeVisible()
  await expect(dialog.getByText('B-001 Blue Dream', { exact: true })).toBeVisible()
  await expect(dialog.getByText('Vegetative', { exact: true })).toBeVisible()
  await expect(dialog.getByRole('heading', { name: 'Location history' })).toBeVisible()
  await expect(dialog.getByText('Placed at MAIN.GROW1.VEG-A.LEFT.R3.C5.P1')).toBeVisible()
  await expectAccessible()

  // Closing returns to the position in the grid.
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  const cell = page
    .getByRole('grid', { name: /^LEFT positions/ })
    .getByRole('button', { name: /^R3 C5, occupied by 1A4010300000001000000021/ })
  await expect(cell).toBeFocused()
  await expect(cell).toHaveAttribute('aria-current', 'true')

  // A prefix opens the room with its section in view.
  await page.getByText('Find by address').click()
  await page.getByLabel('Address or prefix').fill('MAIN.DRY.DRY-A.RACK2')
  await page.getByLabel('Address or prefix').press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'DRY-A · Dry Room A' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'RACK2 · Drying rack 2' })).toBeFocused()
  await expectAccessible()
})
