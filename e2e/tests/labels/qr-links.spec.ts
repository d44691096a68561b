// Label links as any phone camera opens them (/q/<version>/<kind>/<value>): a plant opens the
// scanner's look-up, a position its room with the position's details, a batch its yield;
// junk, a newer version and an unknown id each say so plainly.
import { encodeQrPayload } from '@growops/domain'
import { expect, test } from '../../fixtures/test.ts'
import { createScanRoom } from '../scan/scan-helpers.ts'

/** The label's link without an origin: the path the phone opens on this deployment. */
function link(target: Parameters<typeof encodeQrPayload>[0]): string {
  return encodeQrPayload(target, '')
}

test('[LABELS] opening plant, position and batch label links lands on their screens', async ({
  page,
  signIn,
  expectAccessible,
}) => {
  await signIn('HEAD_GROWER')
  const room = await createScanRoom(page.request, { columns: 3, plants: 1 })
  const plant = room.plants[0]!

  await page.goto(link({ kind: 'p', tag: plant.tag }))
  await expect(page).toHaveURL(/\/scan(\?mode=lookup)?$/)
  await expect(page.getByRole('heading', { level: 3, name: `Plant ${plant.tag}` })).toBeVisible()
  await expect(
    page.getByTestId('lookup-result').getByRole('definition').filter({ hasText: plant.address }),
  ).toBeVisible()

  const position = room.positions[1]!
  await page.goto(link({ kind: 'a', id: position.id }))
  await expect(page).toHaveURL(new RegExp(`/rooms/${room.roomId}\\?position=${position.id}$`))
  const details = page.getByRole('dialog', { name: 'Position T1 R1 C2' })
  await expect(details.getByText(position.address)).toBeVisible()
  await expectAccessible()
  await page.keyboard.press('Escape')

  await page.goto(link({ kind: 'b', id: room.batchId }))
  await expect(page).toHaveURL(new RegExp(`/harvest\\?batch=${room.batchId}$`))
  await expect(page.getByRole('heading', { level: 1, name: 'Harvest and weights' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /^Yield of B-001/ })).toBeVisible()
})

test('[LABELS] a junk, newer or unknown label link says what is wrong', async ({
  page,
  signIn,
}) => {
  await signIn('STAFF')
  await page.goto('/q/1/x/not-a-label')
  await expect(
    page.getByRole('heading', { level: 1, name: 'This isn’t a GrowOps label' }),
  ).toBeVisible()
  await expect(page.getByRole('alert')).not.toBeEmpty()
  await expect(page.getByRole('link', { name: 'Scan another label' })).toBeVisible()

  await page.goto('/q/9/p/1A4FF0100000000000000001')
  await expect(
    page.getByRole('heading', { level: 1, name: 'This label is newer than the app' }),
  ).toBeVisible()

  await page.goto(link({ kind: 'a', id: '00000000-0000-4000-8000-000000000000' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Label not found' })).toBeVisible()
  await expect(
    page.getByText('This position is not in your organization, or it was removed from the layout.'),
  ).toBeVisible()
})
