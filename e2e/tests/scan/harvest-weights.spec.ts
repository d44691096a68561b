// Harvest and weights on the phone: a harvest typed in at /scan shows in its batch's yield at
// /harvest, weights are recorded there (whole batch or one plant by tag) and others' harvests
// arrive live; offline, a harvest and a quick place by typed tag and address are kept and
// applied once when the connection returns.
import { randomUUID } from 'node:crypto'
import { encodeQrPayload } from '@growops/domain'
import { expect, test } from '../../fixtures/test.ts'
import { trpcMutation, trpcQuery } from '../../fixtures/layout.ts'
import { chooseMode, createScanRoom, newTag, plantHistory, typeCode } from './scan-helpers.ts'

interface WeightLog {
  plantId: string | null
  kind: string
  grams: number
  idempotencyKey?: string
}

test('[HARVEST] a harvest by typed tag shows in the batch yield; weights recorded on /harvest; live', async ({
  page,
  signIn,
  expectAccessible,
}) => {
  test.setTimeout(120_000)
  await signIn('HEAD_GROWER')
  const room = await createScanRoom(page.request, { columns: 4, plants: 3 })
  const [a, b, c] = room.plants as [(typeof room.plants)[number], ...typeof room.plants]

  await page.goto('/scan?mode=harvest')
  await typeCode(page, a.tag)
  await expect(page.getByText(`Weigh plant ${a.tag} and enter its wet weight.`)).toBeVisible()
  await page.getByLabel('Wet weight').fill('1,5')
  await page.getByLabel('Unit').selectOption('KG')
  await page.getByRole('button', { name: 'Confirm harvest' }).click()
  await expect(page.getByText(`Harvested ${a.tag}.`)).toBeVisible()

  await page.getByRole('link', { name: /^Yield and weights of batch B-001/ }).click()
  await expect(page).toHaveURL(new RegExp(`/harvest\\?batch=${room.batchId}$`))
  await expect(page.getByRole('heading', { level: 1, name: 'Harvest and weights' })).toBeVisible()
  // The unit chosen in the scanner carries over.
  await expect(page.getByLabel('Show weights in')).toHaveValue('KG')
  const perPlant = page.getByTestId('plant-wet-weights')
  await expect(
    perPlant.getByRole('row', { name: new RegExp(`^${a.tag} 1\\.5 kg 1$`) }),
  ).toBeVisible()
  await expectAccessible()

  // A dry weight of the whole batch, typed in grams.
  const dryBefore = await page.getByTestId('yield-dry').textContent()
  await page.getByLabel('Weight', { exact: true }).fill('300')
  await page.getByLabel('Unit', { exact: true }).selectOption('G')
  await page.getByRole('button', { name: 'Record weight' }).click()
  await expect(page.getByText('Recorded Dry 300 g, whole batch.')).toBeVisible()
  await expect(page.getByTestId('yield-dry')).not.toHaveText(dryBefore ?? '')
  // Newest first; the batch is shared with other specs, so look at the newest only.
  await expect(page.locator('.weights-log__item').first()).toContainText('Dry 0.3 kg, whole batch')

  // One plant by tag: a mistyped tag is said at the field, then waste of plant b.
  await page.getByRole('radio', { name: 'Waste' }).check()
  await page.getByRole('radio', { name: 'One plant' }).check()
  await page.getByLabel('Weight', { exact: true }).fill('20')
  await page.getByLabel('Plant tag').fill('MAIN.GROW1')
  await page.getByRole('button', { name: 'Record weight' }).click()
  await expect(page.getByText('That is not a plant tag')).toBeVisible()
  await page.getByLabel('Plant tag').fill('Z'.repeat(24))
  await page.getByRole('button', { name: 'Record weight' }).click()
  await expect(page.getByText('No plant with this tag in your organization.')).toBeVisible()
  await page.getByLabel('Plant tag').fill(b!.tag.toLowerCase())
  await page.getByRole('button', { name: 'Record weight' }).click()
  await expect(page.getByText(`Recorded Waste 20 g, plant ${b!.tag}.`)).toBeVisible()
  const logs = await trpcQuery<WeightLog[]>(page.request, 'weight.list', {
    organizationId: room.organizationId,
    batchId: room.batchId,
  })
  expect(logs.filter((log) => log.plantId === b!.id)).toMatchObject([{ kind: 'WASTE', grams: 20 }])
  expect(logs.filter((log) => log.plantId === a.id)).toMatchObject([{ kind: 'WET', grams: 1500 }])

  // Someone else harvests plant c: its wet weight appears here without a reload.
  await trpcMutation(page.request, 'plant.harvest', {
    organizationId: room.organizationId,
    plantId: c!.id,
    wetWeight: { value: 2, unit: 'LB' },
    idempotencyKey: randomUUID(),
  })
  await expect(
    perPlant.getByRole('row', { name: new RegExp(`^${c!.tag} 0\\.91 kg 1$`) }),
  ).toBeVisible()
  await expect(page.getByText(/^Updated live at /)).toBeVisible()
  await expectAccessible()
})

test('[HARVEST] offline, a harvest and a quick place typed by tag and address apply once on reconnect', async ({
  page,
  signIn,
}) => {
  test.setTimeout(120_000)
  await signIn('HEAD_GROWER')
  const room = await createScanRoom(page.request, { columns: 4, plants: 1 })
  const plant = room.plants[0]!
  const free = room.positions[2]!
  const newPlantTag = newTag()

  await page.goto('/scan?mode=harvest')
  await expect(page.getByRole('heading', { level: 2, name: 'Harvest' })).toBeVisible()
  await page.context().setOffline(true)
  await typeCode(page, plant.tag)
  await expect(page.getByText(`Weigh plant ${plant.tag} and enter its wet weight.`)).toBeVisible()
  await page.getByLabel('Wet weight').fill('900')
  await page.getByLabel('Unit').selectOption('G')
  await page.getByRole('button', { name: 'Confirm harvest' }).click()
  await expect(
    page.getByText('No connection: saved on this phone.', { exact: false }),
  ).toBeVisible()

  await chooseMode(page, 'Quick place')
  await typeCode(page, encodeQrPayload({ kind: 'b', id: room.batchId }, ''))
  await expect(page.getByText('Scan or type the first new plant tag.')).toBeVisible()
  await typeCode(page, newPlantTag)
  await typeCode(page, free.address)
  const queue = page.getByRole('region', { name: /Scans waiting to send/ })
  await expect(queue.getByTestId('scan-queue-count')).toHaveText('2')

  await page.context().setOffline(false)
  await expect(queue).toBeHidden({ timeout: 20_000 })
  const harvested = await plantHistory(page.request, room.organizationId, plant.id)
  expect(harvested.plant).toMatchObject({ status: 'HARVESTED', positionId: null })
  const logs = await trpcQuery<WeightLog[]>(page.request, 'weight.list', {
    organizationId: room.organizationId,
    batchId: room.batchId,
  })
  expect(logs.filter((log) => log.plantId === plant.id)).toMatchObject([
    { kind: 'WET', grams: 900 },
  ])
  const placed = await trpcQuery<{ positionId: string | null; batchId: string }>(
    page.request,
    'plant.byTag',
    { organizationId: room.organizationId, tagNumber: newPlantTag },
  )
  expect(placed).toMatchObject({ positionId: free.id, batchId: room.batchId })
})
