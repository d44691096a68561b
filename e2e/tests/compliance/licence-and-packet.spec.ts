// A licence with its PDF: the compliance manager creates it with the file attached and an
// expiry date, the file opens from the document page, and the audit packet downloads as a zip.
import { expect, test } from '../../fixtures/test.ts'

const PDF = Buffer.from('%PDF-1.4\n% GrowOps e2e licence\n')

test('[COMPLIANCE] a licence draft keeps its uploaded PDF and expiry; the audit packet downloads as a zip', async ({
  page,
  signIn,
  expectAccessible,
}) => {
  const code = `LIC-E2E-${Date.now().toString(36).toUpperCase()}`
  await signIn('COMPLIANCE_MANAGER')
  await page.goto('/documents/new')
  const form = page.getByTestId('document-form')
  await form.getByLabel('Kind').selectOption('LICENSE')
  await form.getByLabel('Code', { exact: true }).fill(code)
  await form.getByLabel('Title', { exact: true }).fill('Indoor cultivation licence')
  await form.getByLabel('Issuer (optional)').fill('Department of Cannabis Control')
  await form.getByLabel('Attached file (optional)').setInputFiles({
    name: 'licence.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  })
  await expect(form.getByRole('link', { name: 'Attached: licence.pdf' })).toBeVisible()
  const expires = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10)
  await form.getByLabel('Expires on (optional)').fill(expires)
  await form.getByRole('button', { name: 'Create draft' }).click()

  await expect(
    page.getByRole('heading', { level: 1, name: `${code} · Indoor cultivation licence` }),
  ).toBeVisible()
  const open = page.getByTestId('open-version')
  const fileLink = open.getByRole('link', { name: 'Attached file: licence.pdf' })
  await expect(fileLink).toBeVisible()
  const href = await fileLink.getAttribute('href')
  const file = await page.request.get(href ?? '')
  expect(file.status()).toBe(200)
  expect(Buffer.from(await file.body())).toEqual(PDF)
  await expectAccessible()

  // The audit packet: the browser downloads one zip.
  await page.goto('/documents')
  const packet = page.getByRole('region', { name: 'Audit packet' })
  const downloading = page.waitForEvent('download')
  await packet.getByRole('button', { name: 'Download audit packet' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^audit-packet_demo-farms_.+\.zip$/)
  const path = await download.path()
  const { readFile } = await import('node:fs/promises')
  const bytes = await readFile(path)
  expect(bytes.subarray(0, 2).toString()).toBe('PK')
  expect(bytes.includes(Buffer.from('README.txt'))).toBe(true)
  // A range the api would refuse is refused here, with a message.
  await packet.getByLabel('From').fill('2026-03-02')
  await packet.getByLabel('To (inclusive)').fill('2026-03-01')
  await packet.getByRole('button', { name: 'Download audit packet' }).click()
  await expect(packet.getByRole('alert')).toContainText('on or before the end date')
  await expectAccessible()
})
