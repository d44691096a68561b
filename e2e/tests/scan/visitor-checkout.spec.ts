// A visitor checks out at the kiosk by holding their printed badge up to the camera (Chromium's
// fake camera plays a video of the badge's QR code): the manager's open visitors page counts
// them out of the zone without a reload.
import { encodeQrPayload } from '@growops/domain'
import { trpcMutation, trpcQuery } from '../../fixtures/layout.ts'
import { expect, test } from '../../fixtures/test.ts'
import { checkInAtKiosk, openKiosk, uniqueSuffix, zoneTile } from '../visitors/visitor-helpers.ts'
import { organizationOf, showToCamera, stopCamera } from './scan-helpers.ts'

test('[VISITORS] a visitor checks out by showing the badge QR code to the kiosk camera', async ({
  page,
  browser,
  baseURL,
  signIn,
}) => {
  test.setTimeout(150_000)
  const suffix = uniqueSuffix()
  const zoneName = `Cam lobby ${suffix}`
  const visitorName = `Cam Visitor ${suffix}`
  await signIn('COMPLIANCE_MANAGER')
  const organizationId = await organizationOf(page.request)
  const properties = await trpcQuery<{ id: string; code: string }[]>(
    page.request,
    'property.list',
    { organizationId },
  )
  const main = properties.find((property) => property.code === 'MAIN')!
  await trpcMutation(page.request, 'visitor.createZone', {
    organizationId,
    propertyId: main.id,
    code: `C${suffix}`,
    name: zoneName,
    escortRequired: false,
  })
  const created = await trpcMutation<{ token: string }>(page.request, 'kiosk.create', {
    organizationId,
    propertyId: main.id,
    name: `Camera kiosk ${suffix}`,
  })

  await page.goto(`/visitors?property=${main.id}`)
  await expect(page.getByText('Live updates on')).toBeVisible({ timeout: 15_000 })
  const tile = zoneTile(page, zoneName)
  await expect(tile).toContainText('0 visitors')

  const kiosk = await openKiosk(browser, baseURL!, `/kiosk?token=${created.token}`)
  try {
    const code = await checkInAtKiosk(kiosk, { name: visitorName, host: 'Olivia Owner', zoneName })
    await expect(tile).toContainText('1 visitor')

    await kiosk.getByRole('button', { name: 'Done' }).click()
    await kiosk.getByRole('button', { name: 'Check out' }).click()
    const badge = encodeQrPayload(
      { kind: 'v', badgeCode: code.replace('-', '') },
      new URL(baseURL!).origin,
    )
    await showToCamera(
      kiosk,
      badge,
      kiosk.getByText(`Goodbye, ${visitorName}. You are checked out.`),
    )
    await stopCamera(kiosk)
  } finally {
    await kiosk.context().close()
  }
  await expect(tile).toContainText('0 visitors')
})
