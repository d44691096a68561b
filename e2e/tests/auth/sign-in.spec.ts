import { demoUser, E2E_PASSWORD } from '../../fixtures/users.ts'
import { expect, openMenuIfCollapsed, test } from '../../fixtures/test.ts'

test('[AUTH] the demo owner signs in and sees the dashboard', async ({
  page,
  signIn,
  expectAccessible,
}) => {
  await page.goto('/')
  // Signed out: the app sends people to the sign-in page.
  await expect(page).toHaveURL(/\/sign-in/)
  await expectAccessible()

  await signIn('OWNER')
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByText('Demo Farms').first()).toBeVisible()
  await expectAccessible()
})

test('[AUTH] a wrong password and an unknown e-mail get the same message', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(demoUser('STAFF').email)
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('E-mail or password is incorrect')
  const wrongPasswordMessage = await alert.innerText()

  await page.getByLabel('Email').fill('nobody-here@demo-farms.test')
  await page.getByLabel('Password').fill(E2E_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(alert).toHaveText(wrongPasswordMessage)
  await expect(page).toHaveURL(/\/sign-in/)
})

test('[I18N] switching to Spanish translates the app and is remembered', async ({
  page,
  signIn,
  expectAccessible,
}) => {
  await signIn('HEAD_GROWER')
  await openMenuIfCollapsed(page)
  await page.getByLabel('Language').selectOption('es')
  await expect(page.getByRole('heading', { level: 1, name: 'Panel' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expectAccessible()

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Panel' })).toBeVisible()
  await openMenuIfCollapsed(page)
  await page.getByLabel('Idioma').selectOption('en')
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
})

test('[AUTH] signing out ends the session', async ({ page, signIn }) => {
  await signIn('ACCOUNTANT')
  await openMenuIfCollapsed(page)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in/)
  await page.goto('/')
  await expect(page).toHaveURL(/\/sign-in/)
})
