// The installable scan app on a phone: after one visit, /scan opens with no connection (the
// service worker's app shell and the last "who is signed in"), scans made offline survive a
// reload (IndexedDB) and go out once when the connection returns.
import { devices } from '@playwright/test'
import { expect, test } from '../../fixtures/test.ts'
import { createScanRoom, plantHistory, typeCode } from './scan-helpers.ts'

const { defaultBrowserType: _unused, ...pixel } = devices['Pixel 7']
test.use(pixel)

test('[SCAN] the scan app opens offline on a phone and keeps a queued move across a reload', async ({
  page,
  signIn,
}) => {
  test.setTimeout(150_000)
  await signIn('HEAD_GROWER')
  const room = await createScanRoom(page.request, { columns: 2, plants: 1 })
  const plant = room.plants[0]!
  const to = room.positions[1]!

  await page.goto('/scan?mode=move')
  await expect(page.getByRole('heading', { level: 1, name: 'Scan' })).toBeVisible()
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')
    return link ? ((await (await fetch(link.href)).json()) as Record<string, unknown>) : null
  })
  expect(manifest).toMatchObject({ start_url: '/scan', display: 'standalone' })
  // Installed, activated and in control of this page.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 20_000,
  })

  await page.context().setOffline(true)
  await typeCode(page, plant.tag)
  await typeCode(page, to.address)
  await page.getByRole('button', { name: 'Confirm move' }).click()
  await expect(
    page.getByText('No connection: saved on this phone.', { exact: false }),
  ).toBeVisible()

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Scan' })).toBeVisible()
  const queue = page.getByRole('region', { name: /Scans waiting to send/ })
  await expect(queue.getByTestId('scan-queue-count')).toHaveText('1')
  await expect(queue.getByText('You are offline.', { exact: false })).toBeVisible()

  await page.context().setOffline(false)
  await expect(queue).toBeHidden({ timeout: 20_000 })
  const history = await plantHistory(page.request, room.organizationId, plant.id)
  expect(history.plant.positionId).toBe(to.id)
  expect(history.entries.filter((entry) => entry.toPositionId === to.id)).toHaveLength(1)
})
