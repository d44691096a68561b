// The compliance document flow across three people: the compliance manager writes an SOP that
// STAFF must acknowledge and submits it, the owner approves it (the manager cannot approve
// their own), staff on a phone finds it to acknowledge and acknowledges it, and the manager
// sees staff among those who acknowledged.
import { devices, type Browser, type Page } from '@playwright/test'
import { openSecondUser, signInOn } from '../../fixtures/layout.ts'
import { checkAccessibility, expect, test } from '../../fixtures/test.ts'

async function openPhoneUser(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ ...devices['Pixel 7'], baseURL })
  const page = await context.newPage()
  await signInOn(page, 'STAFF')
  return page
}

test('[COMPLIANCE] manager writes an SOP for staff, owner approves, staff acknowledges on a phone, manager sees it', async ({
  page,
  browser,
  baseURL,
  signIn,
  expectAccessible,
}) => {
  const code = `SOP-E2E-${Date.now().toString(36).toUpperCase()}`
  const title = `Glove changes ${code}`

  // The compliance manager writes the SOP and submits it for review.
  await signIn('COMPLIANCE_MANAGER')
  await page.goto('/documents')
  await expect(page.getByRole('heading', { level: 1, name: 'Compliance documents' })).toBeVisible()
  await page.getByRole('link', { name: 'New document' }).click()
  const form = page.getByTestId('document-form')
  await form.getByLabel('Code', { exact: true }).fill(code)
  await form.getByLabel('Title', { exact: true }).fill(title)
  await form
    .getByRole('group', { name: 'Must be acknowledged by' })
    .getByRole('checkbox', { name: 'Staff' })
    .check()
  await form
    .getByLabel('Text (markdown)')
    .fill('1. Change gloves between rooms.\n2. Bin used gloves.')
  await expectAccessible()
  await form.getByRole('button', { name: 'Create draft' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${code} · ${title}` })).toBeVisible()
  const documentUrl = page.url()
  const openVersion = page.getByTestId('open-version')
  await expect(openVersion.getByText('Draft', { exact: true })).toBeVisible()
  await openVersion.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.getByText('Submitted for review.')).toBeVisible()
  // Separation of duties: the one who submitted cannot approve.
  await expect(openVersion.getByRole('button', { name: 'Approve' })).toHaveCount(0)
  await expect(openVersion.getByText('someone else must approve it')).toBeVisible()

  // The owner approves it.
  const owner = await openSecondUser(browser, baseURL!, 'OWNER')
  const staff = await openPhoneUser(browser, baseURL!)
  try {
    await owner.goto(documentUrl)
    const review = owner.getByTestId('open-version')
    await review.getByRole('button', { name: 'Approve' }).click()
    await expect(
      owner.getByText('Approved. The people who must acknowledge it have been told.'),
    ).toBeVisible()
    await expect(
      owner.getByRole('region', { name: /Version in force/ }).getByTestId('document-body'),
    ).toContainText('Change gloves between rooms.')

    // Staff, on a phone, finds it on the dashboard, reads it and acknowledges it.
    await staff.goto('/')
    const card = staff.getByRole('region', { name: 'Documents to acknowledge' })
    await expect(card.getByRole('heading', { name: `${code} · ${title}` })).toBeVisible()
    await card
      .getByTestId('pending-document')
      .filter({ hasText: code })
      .getByRole('link', { name: `Read ${code}` })
      .click()
    await expect(staff.getByRole('heading', { level: 1, name: `${code} · ${title}` })).toBeVisible()
    await expect(
      staff.getByRole('region', { name: /Version in force/ }).getByTestId('document-body'),
    ).toContainText('Bin used gloves.')
    await expect(staff.getByText('You must acknowledge this version.')).toBeVisible()
    await checkAccessibility(staff)
    await staff.getByRole('button', { name: `Acknowledge ${title}` }).click()
    await expect(staff.getByText('You acknowledged this version')).toBeVisible()
    await staff.goto('/documents')
    await expect(staff.getByTestId('to-acknowledge').filter({ hasText: code })).toHaveCount(0)
    await checkAccessibility(staff)

    // The manager sees staff among those who acknowledged.
    await page.reload()
    const acks = page.getByRole('region', { name: 'Acknowledgements' })
    await expect(acks.getByText(/1 of \d+ have acknowledged version 1/)).toBeVisible()
    await expect(acks.getByTestId('acknowledged')).toContainText('Sam Staff')
    await expect(page.getByTestId('version-timeline')).toContainText('Approved by Olivia Owner')
    await expectAccessible()
  } finally {
    await owner.context().close()
    await staff.context().close()
  }
})
