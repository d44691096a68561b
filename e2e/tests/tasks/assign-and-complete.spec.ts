// A head grower assigns a task to Sam Staff; Sam, on a phone, completes it with a note and a
// photo; the head grower's open task page turns Done without a reload, shows the photo, and
// the bell has the TASK notification.
import { deflateSync, crc32 } from 'node:zlib'
import { devices, type Page } from '@playwright/test'
import { signInOn } from '../../fixtures/layout.ts'
import {
  checkAccessibility,
  chooseMainProperty,
  expect,
  openMenuIfCollapsed,
  test,
} from '../../fixtures/test.ts'

/** A real 8×8 PNG (green), so the browser can show what was uploaded. */
function greenPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const size = 8
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, Buffer.from([40, 160, 60]))])
  const pixels = Buffer.concat(Array.from({ length: size }, () => row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

async function nav(page: Page, name: string): Promise<void> {
  await openMenuIfCollapsed(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name, exact: true })
    .click()
}

test('[TASKS] a head grower assigns a task; staff completes it on a phone with a photo; the grower sees it done live', async ({
  page,
  browser,
  baseURL,
  signIn,
  expectAccessible,
}) => {
  const title = `Check drippers on LEFT ${Date.now().toString(36)}`
  const note = 'Two drippers were clogged; cleaned and tested.'

  // The head grower creates the task and stays on its page.
  await signIn('HEAD_GROWER')
  await nav(page, 'Tasks')
  await expect(page.getByRole('heading', { level: 1, name: 'Tasks' })).toBeVisible()
  await page.getByRole('button', { name: 'Create task' }).click()
  const dialog = page.getByRole('dialog', { name: 'New task' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Title').fill(title)
  await dialog.getByLabel('Priority').selectOption({ label: 'High' })
  await dialog.getByLabel('Person').selectOption({ label: 'Sam Staff (Staff)' })
  await chooseMainProperty(dialog.getByLabel('Property'))
  await dialog.getByLabel('Room').selectOption({ label: 'GROW1 · VEG-A' })
  await expectAccessible()
  await dialog.getByRole('button', { name: 'Create task' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByTestId('task-status')).toHaveText('Open')
  await expect(page.getByRole('definition').filter({ hasText: 'Sam Staff' })).toBeVisible()
  await expectAccessible()

  // Sam, on a phone, finds it in Today and completes it with a note and a photo.
  const phone = await browser.newContext({ ...devices['Pixel 7'], baseURL })
  try {
    const staff = await phone.newPage()
    await signInOn(staff, 'STAFF')
    await nav(staff, 'Tasks')
    const item = staff.getByTestId('task-item').filter({ hasText: title })
    await expect(item).toBeVisible()
    await expect(staff.getByRole('heading', { level: 2, name: /^No due date/ })).toBeVisible()
    await item.getByRole('link', { name: title }).click()
    await expect(staff.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await staff.getByRole('button', { name: 'Complete', exact: true }).click()
    const form = staff.getByRole('form', { name: 'Complete this task' })
    await form.getByLabel('Note (optional)').fill(note)
    await form.getByLabel('Photo (optional)').setInputFiles({
      name: 'drippers.png',
      mimeType: 'image/png',
      buffer: greenPng(),
    })
    await expect(form.getByText('Photo attached: drippers.png')).toBeVisible()
    await expect(form.getByRole('img', { name: /The photo to attach/ })).toBeVisible()
    await checkAccessibility(staff)
    await form.getByRole('button', { name: 'Mark done' }).click()
    await expect(staff.getByText('Task marked done.')).toBeVisible()
    await expect(staff.getByTestId('task-status')).toHaveText('Done')
    await expect(staff.getByTestId('task-completion').getByText(note)).toBeVisible()
  } finally {
    await phone.close()
  }

  // The head grower's page turned Done without a reload, with the note and the photo.
  await expect(page.getByTestId('task-status')).toHaveText('Done')
  const completion = page.getByTestId('task-completion')
  await expect(completion.getByText('Completed by Sam Staff')).toBeVisible()
  await expect(completion.getByText(note)).toBeVisible()
  const photo = completion.getByRole('img', { name: `Photo taken when completing “${title}”` })
  await expect(photo).toBeVisible()
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(8)

  // …and a TASK notification in the bell.
  await page.getByRole('button', { name: /^Notifications/ }).click()
  await expect(page.getByText(`Task done: ${title}`)).toBeVisible()
  await expectAccessible()
  await page.keyboard.press('Escape')
})

test('[TASKS] a shift note becomes a task pre-filled from it', async ({ page, signIn }) => {
  const marker = Date.now().toString(36)
  const body = `Rack 1 hangers loose in DRY-A (${marker}).`
  await signIn('HEAD_GROWER')
  await nav(page, 'Shift notes')
  const form = page.getByRole('region', { name: 'Write a note' })
  await form.getByLabel('Note').fill(body)
  await form.getByRole('button', { name: 'Save note' }).click()
  await expect(form.getByText('Note saved.')).toBeVisible()
  const note = page.getByTestId('shift-note').filter({ hasText: marker })
  await note.getByRole('button', { name: /^Create task from:/ }).click()
  const dialog = page.getByRole('dialog', { name: 'New task' })
  await expect(dialog.getByText('From a shift note')).toBeVisible()
  await expect(dialog.getByLabel('Title')).toHaveValue(body)
  await dialog.getByRole('button', { name: 'Create task' }).click()
  await expect(page.getByRole('heading', { level: 1, name: body })).toBeVisible()
  await expect(page.getByRole('link', { name: body })).toHaveAttribute('href', /^\/shift-notes\//)
})

test('[TASKS] the task dialog works from the keyboard and gives focus back when closed', async ({
  page,
  signIn,
}) => {
  await signIn('HEAD_GROWER')
  await page.goto('/tasks?view=all')
  await expect(page.getByRole('link', { name: 'All tasks' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  const create = page.getByRole('button', { name: 'Create task' })
  await create.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'New task' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(create).toBeFocused()
  await create.press('Enter')
  await dialog.getByRole('button', { name: 'Create task' }).click()
  await expect(dialog.getByText('Give the task a title.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(create).toBeFocused()
})
