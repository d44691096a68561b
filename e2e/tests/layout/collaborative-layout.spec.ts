// The layout designer with two people at once: an owner and a head grower draw on one new
// property's canvas and see each other's shapes and cursors, one comments and the other
// resolves, the owner publishes and the positions appear in the room's grid; a staff member
// opens the same canvas read-only.
import type { APIRequestContext, Browser, Page } from '@playwright/test'
import { checkAccessibility, expect, test } from '../../fixtures/test.ts'
import { demoUser } from '../../fixtures/users.ts'

interface TrpcAnswer<T> {
  result: { data: T }
}

async function trpcQuery<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await request.get(
    `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
  )
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true)
  return ((await response.json()) as TrpcAnswer<T>).result.data
}

async function trpcMutation<T>(
  request: APIRequestContext,
  path: string,
  input: unknown,
): Promise<T> {
  const response = await request.post(`/trpc/${path}`, { data: input })
  expect(response.ok(), `${path} answered ${response.status()}: ${await response.text()}`).toBe(
    true,
  )
  return ((await response.json()) as TrpcAnswer<T>).result.data
}

async function signInOn(page: Page, role: Parameters<typeof demoUser>[0]): Promise<void> {
  const { email, password } = demoUser(role)
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
}

async function openSecondUser(
  browser: Browser,
  baseURL: string,
  role: Parameters<typeof demoUser>[0],
): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await signInOn(page, role)
  return page
}

async function openLayout(page: Page, propertyId: string, heading: string): Promise<void> {
  await page.goto(`/layout/${propertyId}`)
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  await expect(page.getByText('Live', { exact: true })).toBeVisible({ timeout: 20_000 })
}

function shapes(page: Page, type: string) {
  return page.locator(`.tl-shape[data-shape-type="${type}"]`)
}

async function add(page: Page, kind: string): Promise<void> {
  await page.getByRole('button', { name: `Add a ${kind} in the middle of the view` }).click()
}

test('two editors co-design a layout, comment, publish it, and a viewer cannot edit', async ({
  page,
  browser,
  signIn,
  baseURL,
}, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'two people drawing at once runs on the desktop')
  test.setTimeout(150_000)
  await signIn('OWNER')
  const me = await trpcQuery<{ memberships: { organizationId: string }[] }>(
    page.request,
    'auth.me',
    undefined,
  )
  const organizationId = me.memberships[0]!.organizationId
  const code = `E2E${Date.now().toString(36).toUpperCase().slice(-6)}`
  const property = await trpcMutation<{ id: string; name: string }>(
    page.request,
    'property.create',
    { organizationId, code, name: `Layout test ${code}` },
  )
  const heading = `Layout test ${code} layout`

  const grower = await openSecondUser(browser, baseURL!, 'HEAD_GROWER')
  await openLayout(page, property.id, heading)
  await openLayout(grower, property.id, heading)

  // Each sees the other in the presence bar.
  await expect(page.getByRole('button', { name: /Follow Hana|Follow .*Grower/i })).toBeVisible()

  // The owner draws a building, a room in it and a table in the room.
  await add(page, 'Building')
  await add(page, 'Room')
  await add(page, 'Table')
  await expect(shapes(page, 'gw-table')).toHaveCount(1)
  await expect(shapes(grower, 'gw-room')).toHaveCount(1)
  await expect(shapes(grower, 'gw-table')).toHaveCount(1)

  // The head grower adds a second room with a table beside the first.
  await grower.keyboard.press('Escape')
  await add(grower, 'Room')
  await add(grower, 'Table')
  await expect(shapes(page, 'gw-room')).toHaveCount(2)
  await expect(shapes(page, 'gw-table')).toHaveCount(2)

  // Cursors: the grower's pointer shows on the owner's canvas with the grower's name.
  const canvas = grower.locator('.tl-canvas')
  const box = (await canvas.boundingBox())!
  await grower.mouse.move(box.x + box.width / 3, box.y + box.height / 3)
  await grower.mouse.move(box.x + box.width / 3 + 20, box.y + box.height / 3 + 10)
  await expect(page.locator('.tl-collaborators__item, .tl-nametag')).not.toHaveCount(0)

  // No validation issues: the two rooms and tables do not overlap.
  await expect(page.getByRole('tab', { name: 'Issues (0)' })).toBeVisible()

  // The owner comments on the selected table; the grower resolves it.
  await page.getByRole('tab', { name: 'Comments' }).click()
  await page.getByRole('button', { name: 'Comment on selection' }).click()
  await page.getByRole('textbox', { name: 'Comment' }).fill('Leave 4 ft between these tables')
  await page.getByRole('button', { name: 'Post comment' }).click()
  await grower.getByRole('tab', { name: 'Comments' }).click()
  await expect(grower.getByText('Leave 4 ft between these tables')).toBeVisible()
  await grower.getByRole('button', { name: 'Resolve' }).click()
  await expect(page.getByText(/^Resolved by Hector Grower/)).toBeVisible()

  // Publish creates the positions.
  await expect(page.getByText('All changes saved')).toBeVisible()
  await page.getByRole('button', { name: 'Publish…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Publish the layout' })
  await expect(dialog.getByText('To create')).toBeVisible({ timeout: 20_000 })
  await dialog.getByRole('button', { name: 'Confirm and publish' }).click()
  await expect(dialog.getByText('Published version 1.')).toBeVisible({ timeout: 20_000 })
  await checkAccessibility(page)
  await dialog.getByRole('button', { name: 'Close' }).first().click()

  // The published room's grid lists the new positions.
  const tree = await trpcQuery<unknown>(page.request, 'property.full', {
    organizationId,
    propertyId: property.id,
  })
  const roomId = findIdByCode(tree, 'ROOM-1')
  expect(roomId, 'room ROOM-1 in the property tree').toBeTruthy()
  await page.goto(`/rooms/${roomId}`)
  await expect(page.getByRole('gridcell', { name: /^R1 C1\b/ }).first()).toBeVisible()

  // A staff member sees the canvas read-only.
  const staff = await openSecondUser(browser, baseURL!, 'STAFF')
  await openLayout(staff, property.id, heading)
  await expect(staff.getByText('View only', { exact: true }).first()).toBeVisible()
  await expect(staff.getByRole('button', { name: /^Add a / })).toHaveCount(0)
  await expect(shapes(staff, 'gw-table')).toHaveCount(2)
  // Deleting by keyboard changes nothing for a viewer.
  await staff.getByRole('button', { name: 'Zoom to fit' }).click()
  await staff.locator('.tl-canvas').click({ position: { x: 5, y: 5 } })
  await staff.keyboard.press('ControlOrMeta+a')
  await staff.keyboard.press('Delete')
  await staff.keyboard.press('Backspace')
  await expect(shapes(staff, 'gw-table')).toHaveCount(2)
  await checkAccessibility(staff)
  await grower.context().close()
  await staff.context().close()
})

function findIdByCode(value: unknown, code: string): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findIdByCode(item, code)
      if (found) return found
    }
    return null
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (record.code === code && typeof record.id === 'string') return record.id
    for (const child of Object.values(record)) {
      const found = findIdByCode(child, code)
      if (found) return found
    }
  }
  return null
}
