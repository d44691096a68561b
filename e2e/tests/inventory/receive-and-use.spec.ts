import type { Page } from '@playwright/test'
import { openSecondUser, trpcMutation, trpcQuery } from '../../fixtures/layout.ts'
import { chooseMainProperty, expect, openMenuIfCollapsed, test } from '../../fixtures/test.ts'

interface BatchCosts {
  batches: { name: string; totalCents: number }[]
}

const BATCH = 'B-001 Blue Dream'

async function batchTotalCents(page: Page, organizationId: string): Promise<number> {
  const costs = await trpcQuery<BatchCosts>(page.request, 'inventory.batchCosts', {
    organizationId,
  })
  return costs.batches.find((batch) => batch.name === BATCH)?.totalCents ?? 0
}

function dollars(cents: number): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(cents / 100)
}

/** Nothing wider than the screen: the page works at phone width without sideways scrolling. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
}

test('[INVENTORY] the head grower receives a lot, uses some for a batch, sees on hand drop and the batch cost; an overdraw is refused', async ({
  page,
  signIn,
  expectAccessible,
}) => {
  await signIn('HEAD_GROWER')
  const me = await trpcQuery<{ memberships: { organizationId: string }[] }>(
    page.request,
    'auth.me',
    undefined,
  )
  const organizationId = me.memberships[0]!.organizationId
  const costBefore = await batchTotalCents(page, organizationId)
  const marker = Date.now().toString(36).toUpperCase()

  await openMenuIfCollapsed(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Inventory', exact: true })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Inventory' })).toBeVisible()
  // The e2e database has the demo facility without demo inventory: a table or the empty state.
  await expect(page.getByRole('heading', { level: 2, name: 'Items' })).toBeVisible()
  await expect(
    page.getByTestId('inventory-items').or(page.getByRole('heading', { name: 'No items here' })),
  ).toBeVisible()
  await expectNoSidewaysScroll(page)
  await expectAccessible()

  // A new item, then its page.
  await page.getByRole('button', { name: 'Add an item' }).click()
  const create = page.getByRole('region', { name: 'New item' })
  await create.getByLabel('Name').fill(`E2E Cal-Mag ${marker}`)
  await create.getByLabel('SKU').fill(`E2E-${marker}`)
  await create.getByLabel('Unit').fill('L')
  await create.getByLabel('Restock threshold (optional)').fill('2')
  await create.getByRole('button', { name: 'Create item' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `E2E Cal-Mag ${marker}` })).toBeVisible()
  const onHand = page.getByTestId('on-hand')
  await expect(onHand).toContainText('0 L')

  // Receive 10 L at $12.50 a litre.
  const stock = page.getByRole('region', { name: 'Record stock' })
  await expect(stock.getByRole('radio', { name: 'Receive' })).toBeChecked()
  await stock.getByLabel('Lot code').fill(`LOT-${marker}`)
  await stock.getByLabel('Quantity (L)').fill('10')
  await stock.getByLabel('Cost per L (USD, optional)').fill('12.50')
  await stock.getByRole('button', { name: 'Receive lot' }).click()
  await expect(stock.getByRole('status')).toHaveText(
    `Recorded +10 L (lot LOT-${marker}). Now 10 L on hand. Cost $125.00.`,
  )
  await expect(onHand).toContainText('10 L')
  await expect(page.getByTestId('lots')).toContainText(`LOT-${marker}`)
  await expectNoSidewaysScroll(page)
  await expectAccessible()

  // Use 4 L for the batch: on hand drops to 6 L and the use costs $50.00.
  await stock.getByRole('radio', { name: 'Use' }).check()
  await stock.getByLabel('Quantity (L)').fill('4')
  await expect(stock.getByRole('radio', { name: 'A batch' })).toBeChecked()
  await stock.getByLabel('Batch', { exact: true }).selectOption({ label: `${BATCH} · Blue Dream` })
  await stock.getByLabel('Reason', { exact: true }).fill('Week 3 feed')
  await stock.getByRole('button', { name: 'Record use' }).click()
  await expect(stock.getByRole('status')).toHaveText(
    `Recorded −4 L (lot LOT-${marker}). Now 6 L on hand. Cost $50.00.`,
  )
  await expect(onHand).toContainText('6 L')
  await expect(
    page.getByTestId('inventory-transaction').filter({ hasText: 'Week 3 feed' }),
  ).toContainText(`For batch ${BATCH}`)

  // More than is on hand: refused, saying what is left; nothing changes.
  await stock.getByLabel('Quantity (L)').fill('100')
  await stock.getByLabel('Reason', { exact: true }).fill('Too much')
  await stock.getByRole('button', { name: 'Record use' }).click()
  await expect(stock.getByRole('alert')).toHaveText(
    'Not enough on hand: only 6 L left, so 100 L can’t be taken.',
  )
  await expect(onHand).toContainText('6 L')
  await expectAccessible()

  // The batch carries the $50.00.
  await page.getByRole('link', { name: '← All items' }).click()
  await page
    .getByRole('navigation', { name: 'Inventory pages' })
    .getByRole('link', { name: 'Batch costs' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Batch input costs' })).toBeVisible()
  await chooseMainProperty(page.getByLabel('Property', { exact: true }))
  const row = page.getByTestId('batch-cost').filter({ hasText: BATCH })
  await expect(row).toContainText(dollars(costBefore + 5000))
  await expectNoSidewaysScroll(page)
})

test('[INVENTORY] staff read inventory without stock forms, see a use by someone else live, in Spanish too', async ({
  page,
  browser,
  baseURL,
  signIn,
  expectAccessible,
}) => {
  await signIn('STAFF')
  const me = await trpcQuery<{ memberships: { organizationId: string }[] }>(
    page.request,
    'auth.me',
    undefined,
  )
  const organizationId = me.memberships[0]!.organizationId
  const marker = Date.now().toString(36).toUpperCase()
  const grower = await openSecondUser(browser, baseURL!, 'HEAD_GROWER')
  try {
    const item = await trpcMutation<{ id: string }>(grower.request, 'inventory.createItem', {
      organizationId,
      sku: `GLV-${marker}`,
      name: `E2E gloves ${marker}`,
      category: 'SUPPLY',
      unit: 'box',
      restockThreshold: 3,
    })
    await trpcMutation(grower.request, 'inventory.receive', {
      organizationId,
      itemId: item.id,
      lotCode: `G-${marker}`,
      quantity: 5,
    })

    await page.goto('/inventory')
    await expect(page.getByRole('heading', { level: 1, name: 'Inventory' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Add an item' })).toHaveCount(0)
    await page.getByRole('link', { name: `E2E gloves ${marker}` }).click()
    await expect(page.getByTestId('on-hand')).toContainText('5 box')
    await expect(page.getByRole('region', { name: 'Record stock' })).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Item settings' })).toHaveCount(0)
    await expect(page.getByText('Live updates on')).toBeVisible({ timeout: 15_000 })

    // The head grower uses 3 boxes elsewhere: the open page follows, and the item is now low.
    await trpcMutation(grower.request, 'inventory.use', {
      organizationId,
      itemId: item.id,
      quantity: 3,
      reason: 'Daily use',
    })
    await expect(page.getByTestId('on-hand')).toContainText('2 box')
    await expect(page.getByTestId('on-hand')).toContainText('Low stock')
    await expect(page.getByTestId('inventory-transaction').first()).toContainText('Daily use')
    await expectAccessible()

    await openMenuIfCollapsed(page)
    await page.getByLabel('Language').selectOption('es')
    await expect(page.getByTestId('on-hand')).toContainText('Existencias bajas')
    await page.getByRole('link', { name: '← Todos los artículos' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Inventario' })).toBeVisible()
    await page
      .getByRole('navigation', { name: 'Páginas de inventario' })
      .getByRole('link', { name: 'Costos por lote' })
      .click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Costos de insumos por lote' }),
    ).toBeVisible()
    await expectNoSidewaysScroll(page)
    await expectAccessible()
  } finally {
    await grower.context().close()
    // The language is remembered for the account: leave it in English for other specs.
    await openMenuIfCollapsed(page)
    await page.getByLabel(/^(Language|Idioma)$/).selectOption('en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  }
})
