import { expect, test } from '../../fixtures/test.ts'

// Both projects (desktop, phone) place into the same database: tags and positions differ
// per run, so the spec looks for free positions instead of naming them.
function newTags(count: number): string[] {
  const first = (Date.now() % 1_000_000) * 1000
  return Array.from(
    { length: count },
    (_, i) => `1A4010300000009${String(first + i).padStart(9, '0')}`,
  )
}

test('[PLANTS] the head grower places a batch into N free positions', async ({
  page,
  signIn,
  expectAccessible,
}) => {
  await signIn('HEAD_GROWER')
  await page.goto('/facility')
  await page.getByRole('link', { name: 'VEG-A · Veg Room A' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'VEG-A · Veg Room A' })).toBeVisible()

  await page.getByRole('button', { name: 'Place plants' }).click()
  const panel = page.getByRole('region', { name: 'Plant placement' })
  await panel.getByLabel('Batch').selectOption({ label: 'B-001 Blue Dream (Vegetative)' })

  // Fill the next 3 free positions, then pick one more on the grid.
  await panel.getByLabel('Number of plants').fill('3')
  await panel.getByRole('button', { name: 'Fill next 3 free positions' }).click()
  await expect(panel.getByText('3 positions chosen')).toBeVisible()
  const right = page.getByRole('grid', { name: /^RIGHT positions/ })
  await expect(right).toHaveAttribute('aria-multiselectable', 'true')
  const lastFree = right.getByRole('button', { name: /, empty$/ }).last()
  const lastFreeName = (await lastFree.getAttribute('aria-label'))?.replace(', empty', '') ?? ''
  await lastFree.click()
  await expect(panel.getByText('4 positions chosen')).toBeVisible()
  // An occupied position can't be chosen, and says so.
  await right.getByRole('button', { name: /^R1 C1, occupied/ }).click()
  await expect(page.getByText(/R1 C1, occupied .*: this position can’t take a plant/)).toBeVisible()
  await expect(panel.getByText('4 positions chosen')).toBeVisible()

  // A tag that already exists: refused, nothing placed.
  await panel.getByLabel('Starting tag').fill('1A4010300000001000000001')
  await expect(panel.getByLabel('Tags, one per line')).toHaveValue(/1A4010300000001000000004$/)
  await panel.getByRole('button', { name: 'Review placement' }).click()
  await expect(panel.getByRole('heading', { name: 'Review the placement' })).toBeVisible()
  await panel.getByRole('button', { name: 'Confirm: place 4 plants' }).click()
  await expect(panel.getByRole('alert')).toContainText('A plant with that tag already exists.')
  await expect(panel.getByRole('alert')).toContainText('Nothing was placed')
  await expectAccessible()

  // New tags, review, and a double click that places once.
  await panel.getByRole('button', { name: 'Back to edit' }).click()
  const tags = newTags(4)
  await panel.getByLabel('Starting tag').fill(tags[0] ?? '')
  await panel.getByRole('button', { name: 'Review placement' }).click()
  const review = panel.getByRole('region', { name: 'Review the placement' })
  await expect(review.getByRole('row')).toHaveCount(5)
  await expect(review.getByRole('row').nth(1)).toContainText(tags[0] ?? '')
  await expect(review.getByRole('row').nth(4)).toContainText(tags[3] ?? '')
  await expectAccessible()
  await panel.getByRole('button', { name: 'Confirm: place 4 plants' }).dblclick()
  await expect(panel.getByText('Placed 4 plants of B-001 Blue Dream.')).toBeVisible()

  // The grid shows the new plants; the placement action is closed again.
  await expect(right).not.toHaveAttribute('aria-multiselectable', 'true')
  for (const tag of tags) {
    await expect(
      right.getByRole('button', { name: new RegExp(`occupied by ${tag},`) }),
    ).toHaveCount(1)
  }
  await expect(
    right.getByRole('button', { name: new RegExp(`^${lastFreeName}, occupied by ${tags[3]},`) }),
  ).toBeVisible()
  await expectAccessible()
})
