// A visit end to end: a compliance manager adds a zone and a kiosk; a visitor checks in on the
// kiosk page (its own browser, no member session) and prints a badge; the manager's open
// visitors page counts them in the zone without a reload, the evacuation list names them; the
// visitor checks out by typing the badge code, and the count drops.
import { checkAccessibility, expect, test } from '../../fixtures/test.ts'
import {
  checkInAtKiosk,
  createKiosk,
  createZone,
  openKiosk,
  uniqueSuffix,
  zoneTile,
} from './visitor-helpers.ts'

test('[VISITORS] a visitor checks in at the kiosk, shows in the zone live, and checks out by badge code', async ({
  page,
  browser,
  baseURL,
  signIn,
}) => {
  test.setTimeout(120_000)
  const suffix = uniqueSuffix()
  const zoneName = `Lobby ${suffix}`
  const visitorName = `Val Visitor ${suffix}`
  await signIn('COMPLIANCE_MANAGER')
  await createZone(page, `L${suffix}`, zoneName)
  const link = await createKiosk(page, `Front ${suffix}`)
  await checkAccessibility(page)

  await page.goto('/visitors')
  await expect(page.getByRole('heading', { level: 1, name: 'Visitors' })).toBeVisible()
  await expect(page.getByText('Live updates on')).toBeVisible({ timeout: 15_000 })
  const tile = zoneTile(page, zoneName)
  await expect(tile).toContainText('0 of 5 visitors')
  const navigations: string[] = []
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url())
  })

  const kiosk = await openKiosk(browser, baseURL!, link)
  try {
    await checkAccessibility(kiosk)
    const code = await checkInAtKiosk(kiosk, {
      name: visitorName,
      host: 'Carmen Compliance',
      zoneName,
    })
    await checkAccessibility(kiosk)

    // The manager's page counts the visitor without a reload, and lists them on site.
    await expect(tile).toContainText('1 of 5 visitors')
    await expect(page.getByTestId('visits-onSite')).toContainText(visitorName)
    expect(navigations).toEqual([])

    // The same code the kiosk printed opens the visit from the badge's QR link.
    await page.goto(`/q/1/v/${code.replace('-', '')}`)
    await expect(page.getByRole('heading', { level: 1, name: visitorName })).toBeVisible()
    await expect(page.getByText('Confirmed at the kiosk')).toBeVisible()
    await page.goto('/evacuation')
    await expect(page.getByRole('row', { name: new RegExp(visitorName) })).toContainText(zoneName)
    await checkAccessibility(page)
    await page.goto('/visitors')
    await expect(tile).toContainText('1 of 5 visitors')
    await expect(page.getByText('Live updates on')).toBeVisible({ timeout: 15_000 })

    // Check out at the kiosk by typing the code printed under the QR code.
    await kiosk.getByRole('button', { name: 'Done' }).click()
    await kiosk.getByRole('button', { name: 'Check out' }).click()
    await kiosk.getByLabel('Badge code').fill(code.toLowerCase())
    await kiosk.getByRole('button', { name: 'Check out' }).click()
    await expect(kiosk.getByText(`Goodbye, ${visitorName}. You are checked out.`)).toBeVisible()
    // A second check-out of the same badge is not an error.
    await kiosk.getByLabel('Badge code').fill(code)
    await kiosk.getByRole('button', { name: 'Check out' }).click()
    await expect(kiosk.getByText(`${visitorName}, you were already checked out.`)).toBeVisible()
  } finally {
    await kiosk.context().close()
  }
  await expect(tile).toContainText('0 of 5 visitors')
  await expect(page.getByTestId('visits-onSite')).not.toBeVisible()
})

test('[VISITORS] a kiosk link that was revoked stops working on the tablet', async ({
  page,
  browser,
  baseURL,
  signIn,
}) => {
  const suffix = uniqueSuffix()
  await signIn('OWNER')
  const link = await createKiosk(page, `Side ${suffix}`)
  const kiosk = await openKiosk(browser, baseURL!, link)
  try {
    await page.goto('/visitors?tab=kiosks')
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: `Revoke Side ${suffix}` }).click()
    await expect(page.getByText(/^Revoked /).first()).toBeVisible()
    await kiosk.reload()
    await expect(
      kiosk.getByRole('heading', { level: 1, name: 'This kiosk is not set up' }),
    ).toBeVisible()
    await checkAccessibility(kiosk)
  } finally {
    await kiosk.context().close()
  }
})
