// An audit walk on the phone: positions and the plants found there, in any order, the first
// pair read by the simulated camera; the report names the plant that is missing and the one
// found at another position than recorded.
import { expect, test } from '../../fixtures/test.ts'
import {
  createScanRoom,
  plantLabel,
  positionLabel,
  showToCamera,
  stopCamera,
  typeCode,
} from './scan-helpers.ts'

test('[SCAN] an audit walk with one missing and one misplaced plant reports both', async ({
  page,
  signIn,
  baseURL,
}) => {
  test.setTimeout(150_000)
  await signIn('HEAD_GROWER')
  // A at P1, B at P2, C at P3, P4 empty. On the floor: A at P1, C at P4, P3 empty, B gone.
  const room = await createScanRoom(page.request, { columns: 4, plants: 3 })
  const [p1, p2, p3, p4] = room.positions as [
    (typeof room.positions)[number],
    ...typeof room.positions,
  ]
  const [a, b, c] = room.plants as [(typeof room.plants)[number], ...typeof room.plants]

  await page.goto('/scan?mode=audit')
  // The pickers render once the properties have loaded; other specs add properties, so the
  // property picker is there whenever there is more than one.
  await expect(page.getByLabel('Room to audit')).toBeVisible()
  const property = page.getByLabel('Property')
  if (await property.isVisible()) await property.selectOption(room.propertyId)
  await page.getByLabel('Room to audit').selectOption(room.roomId)
  await page.getByRole('button', { name: 'Start audit walk' }).click()

  const atPosition = (address: string) =>
    page.getByText(`At ${address}: scan the plant found there, or mark it empty.`)
  await showToCamera(page, positionLabel(baseURL!, p1.id), atPosition(p1.address))
  await showToCamera(
    page,
    plantLabel(baseURL!, a.tag),
    page.getByText('Scan a position, then the plant found there.', { exact: false }),
  )
  await stopCamera(page)

  await typeCode(page, p4!.address)
  await expect(atPosition(p4!.address)).toBeVisible()
  await typeCode(page, c!.tag)
  await typeCode(page, p3!.address)
  await expect(atPosition(p3!.address)).toBeVisible()
  await page.getByRole('button', { name: 'Empty — next position' }).click()
  // Live expected vs found: C counts as found at another position once its scans are in.
  await expect(page.getByText(/· 1 wrong position$/)).toBeVisible()

  await page.getByRole('button', { name: 'Complete walk' }).click()
  await expect(page.getByRole('heading', { name: 'Discrepancy report' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Missing: 1' })).toBeVisible()
  await expect(page.getByText(`${b!.tag} expected at ${p2!.address}`)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Wrong position: 1' })).toBeVisible()
  await expect(
    page.getByText(`${c!.tag} found at ${p4!.address}, recorded at ${p3!.address}`),
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Unexpected: 0' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Download the report (CSV)' })).toBeVisible()
})
