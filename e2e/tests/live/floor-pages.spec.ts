import type { Page } from '@playwright/test'
import { expect, openMenuIfCollapsed, test } from '../../fixtures/test.ts'

async function nav(page: Page, name: string): Promise<void> {
  await openMenuIfCollapsed(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name, exact: true })
    .click()
}

test('[LIVE] the head grower writes a shift note with a room mention, registers a sensor and sees its key once', async ({
  page,
  signIn,
  expectAccessible,
}) => {
  await signIn('HEAD_GROWER')
  await expect(page.getByRole('heading', { level: 2, name: 'Room occupancy' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Environment' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Notifications/ })).toBeVisible()
  await expectAccessible()

  // Shift notes: the handoff comes first, then the form.
  await nav(page, 'Shift notes')
  await expect(page.getByRole('heading', { level: 1, name: 'Shift notes' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(
    'Handoff: since your last shift',
  )
  const marker = Date.now().toString(36)
  const form = page.getByRole('region', { name: 'Write a note' })
  await form.getByLabel('Note').fill(`Check the drippers in MAIN.GROW1.VEG-A (${marker}).`)
  await form.getByLabel('Needs a follow-up').check()
  await form.getByRole('button', { name: 'Save note' }).click()
  await expect(form.getByText('Note saved.')).toBeVisible()
  const note = page
    .getByRole('region', { name: 'All notes' })
    .getByTestId('shift-note')
    .filter({ hasText: marker })
  await expect(note.getByRole('link', { name: 'MAIN.GROW1.VEG-A' })).toHaveAttribute(
    'href',
    /^\/rooms\//,
  )
  await expect(note.getByText('Follow-up open')).toBeVisible()
  await expectAccessible()
  await note.getByRole('button', { name: /^Mark follow-up done/ }).click()
  await expect(note.getByText('Follow-up done')).toBeVisible()

  // Sensors: register one; its API key is shown once.
  await nav(page, 'Sensors')
  await expect(page.getByRole('heading', { level: 1, name: 'Sensors' })).toBeVisible()
  const register = page.getByRole('region', { name: 'Register a sensor' })
  const code = `E2E-${marker.toUpperCase().slice(-6)}`
  await register.getByLabel('Code').fill(code)
  await register.getByLabel('Name').fill('E2E climate probe')
  await register.getByRole('button', { name: 'Register sensor' }).click()
  const key = page.getByRole('region', { name: `API key for ${code}` })
  await expect(key).toBeVisible()
  await expect(key.getByTestId('sensor-api-key')).not.toBeEmpty()
  await expect(
    page.getByTestId('sensor').filter({ hasText: `${code} · E2E climate probe` }),
  ).toBeVisible()
  await expectAccessible()
  await key.getByRole('button', { name: 'Done' }).click()
  await expect(key).toHaveCount(0)

  // Alerts page and the notification panel.
  await nav(page, 'Alerts')
  await expect(page.getByRole('heading', { level: 1, name: 'Alerts' })).toBeVisible()
  await page.getByRole('radio', { name: 'Resolved' }).check()
  await expect(page.getByRole('heading', { level: 2, name: 'Resolved' })).toBeVisible()
  await expectAccessible()
  const bell = page.getByRole('button', { name: /^Notifications/ })
  await bell.click()
  await expect(bell).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('heading', { level: 2, name: 'Notifications' })).toBeVisible()
  await expectAccessible()
  await page.keyboard.press('Escape')
  await expect(bell).toHaveAttribute('aria-expanded', 'false')
  await expect(bell).toBeFocused()
})
