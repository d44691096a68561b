import { expect, openMenuIfCollapsed, test } from '../../fixtures/test.ts'

test('[FACILITY] the head grower browses the facility tree and opens a room', async ({
  page,
  signIn,
  expectAccessible,
}) => {
  await signIn('HEAD_GROWER')
  await openMenuIfCollapsed(page)
  await page.getByRole('link', { name: 'Facility' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Facility' })).toBeVisible()
  await expect(page).toHaveTitle(/^Facility ·/)

  // Property → buildings (disclosure headings) → rooms with occupancy in words.
  await expect(page.getByRole('heading', { level: 2, name: 'MAIN · Main Campus' })).toBeVisible()
  const grow1 = page.getByRole('button', { name: /GROW1 · Grow Building 1/ })
  await expect(grow1).toHaveAttribute('aria-expanded', 'true')
  // The innermost list item holding the room's link is the room (buildings hold it too).
  const vegA = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'VEG-A · Veg Room A' }) })
    .last()
  // The placement spec adds plants to VEG-A; FLOWER-A stays as seeded.
  await expect(vegA.getByText(/^\d+ of 96 positions occupied/)).toBeVisible()
  await expect(vegA.getByText(/^Damaged 0$/)).toBeVisible()
  const flowerA = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'FLOWER-A · Flower Room A' }) })
    .last()
  await expect(flowerA.getByText('80 of 480 positions occupied (17%)')).toBeVisible()

  // Sections open on demand, in natural order.
  const sectionsButton = page.getByRole('button', { name: '12 sections of FLOWER-A' })
  await expect(sectionsButton).toHaveAttribute('aria-expanded', 'false')
  await sectionsButton.click()
  await expect(sectionsButton).toHaveAttribute('aria-expanded', 'true')
  await expect(flowerA.getByText('Empty 400')).toBeVisible()
  const tables = page.getByRole('list', { name: 'Sections of FLOWER-A' }).getByRole('listitem')
  await expect(tables.nth(1)).toContainText('T2 · Table 2')
  await expect(tables.nth(9)).toContainText('T10 · Table 10')
  await page.getByRole('button', { name: '2 sections of DRY-A' }).click()
  await expect(page.getByText('Rack, 4 levels × 20 hangers, 80 positions').first()).toBeVisible()
  await expectAccessible()

  // A building folds away.
  await grow1.click()
  await expect(grow1).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('link', { name: 'VEG-A · Veg Room A' })).toBeHidden()
  await grow1.click()

  await page.getByRole('link', { name: 'VEG-A · Veg Room A' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'VEG-A · Veg Room A' })).toBeVisible()
  await expect(page).toHaveTitle(/^VEG-A · Veg Room A ·/)
  const left = page.getByRole('grid', { name: 'LEFT positions, 6 rows × 8 columns' })
  await expect(left.getByRole('columnheader', { name: 'C8' })).toBeVisible()
  await expect(left.getByRole('rowheader', { name: 'R6' })).toBeVisible()
  await expect(
    left.getByRole('button', {
      name: 'R1 C1, occupied by 1A4010300000001000000001, batch B-001 Blue Dream, Vegetative',
    }),
  ).toBeVisible()
  const right = page.getByRole('grid', { name: 'RIGHT positions, 6 rows × 8 columns' })
  await expect(right.getByRole('button', { name: 'R6 C1, empty' })).toBeVisible()

  // The grid is one tab stop; arrow keys move between positions.
  const first = left.getByRole('button', { name: /^R1 C1,/ })
  await first.focus()
  await page.keyboard.press('ArrowRight')
  await expect(left.getByRole('button', { name: /^R1 C2,/ })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(left.getByRole('button', { name: /^R2 C2,/ })).toBeFocused()
  await page.keyboard.press('End')
  await expect(left.getByRole('button', { name: /^R2 C8,/ })).toBeFocused()

  // Colour by batch: the legend names the batch, cells carry its letter.
  await page.getByRole('radio', { name: 'Batch' }).check()
  await expect(page.getByRole('figure', { name: 'What the colours mean' })).toContainText(
    /B-001 Blue Dream \(\d+\)/,
  )
  await expect(page).toHaveURL(/colour=batch/)
  await expectAccessible()

  // Racks are drawn as levels × hangers.
  await page.goto('/facility')
  await page.getByRole('link', { name: 'DRY-A · Dry Room A' }).click()
  const rack = page.getByRole('grid', { name: 'RACK1 positions, 4 levels × 20 hangers' })
  await expect(rack.getByRole('rowheader', { name: 'L4' })).toBeVisible()
  await expect(rack.getByRole('button', { name: 'L1 H1, empty' })).toBeAttached()
  await expectAccessible()
})
