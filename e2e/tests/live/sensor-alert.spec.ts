import { trpcMutation, trpcQuery } from '../../fixtures/layout.ts'
import { expect, test } from '../../fixtures/test.ts'

interface Property {
  id: string
  code: string
}

test('[LIVE] a device’s readings draw a sparkline on the dashboard and an excursion raises an alert there live', async ({
  page,
  signIn,
  expectAccessible,
}) => {
  await signIn('HEAD_GROWER')
  const me = await trpcQuery<{ memberships: { organizationId: string }[] }>(
    page.request,
    'auth.me',
    undefined,
  )
  const organizationId = me.memberships[0]!.organizationId
  const properties = await trpcQuery<Property[]>(page.request, 'property.list', { organizationId })
  const main = properties.find((property) => property.code === 'MAIN')!
  const rooms = await trpcQuery<{ roomId: string; roomCode: string }[]>(
    page.request,
    'property.occupancy',
    { organizationId, propertyId: main.id },
  )
  const dry = rooms.find((room) => room.roomCode === 'DRY-A')!
  const code = `E2E-T${Date.now().toString(36).toUpperCase().slice(-6)}`
  const { sensor, apiKey } = await trpcMutation<{ sensor: { id: string }; apiKey: string }>(
    page.request,
    'sensor.create',
    {
      organizationId,
      propertyId: main.id,
      roomId: dry.roomId,
      code,
      name: 'E2E probe',
      kind: 'MULTI',
    },
  )
  await trpcMutation(page.request, 'alert.createRule', {
    organizationId,
    propertyId: main.id,
    sensorId: sensor.id,
    metric: 'TEMPERATURE_C',
    min: 10,
    max: 30,
    severity: 'CRITICAL',
  })

  await page.goto(`/?property=${main.id}`)
  await expect(page.getByText('Live updates on')).toBeAttached({ timeout: 15_000 })

  // The device reports the last hour (within the dry room's rules), then one reading far too hot.
  const ingest = (readings: { metric: string; value: number; recordedAt: string }[]) =>
    page.request.post('/api/ingest/readings', {
      headers: { 'x-sensor-key': apiKey },
      data: { readings },
    })
  const now = Date.now()
  const history = Array.from({ length: 12 }, (_, index) => ({
    metric: 'TEMPERATURE_C',
    value: 18 + (index % 4) * 0.5,
    recordedAt: new Date(now - (60 - index * 5) * 60_000).toISOString(),
  }))
  expect((await ingest(history)).ok()).toBe(true)

  const tile = page.getByTestId('sensor-tile').filter({ hasText: 'DRY-A' })
  await expect(tile.getByRole('img', { name: /^Temperature, last 2 hours: from / })).toBeVisible({
    timeout: 15_000,
  })

  expect(
    (
      await ingest([{ metric: 'TEMPERATURE_C', value: 35, recordedAt: new Date().toISOString() }])
    ).ok(),
  ).toBe(true)
  const alerts = page.getByRole('region', { name: 'Open alerts' })
  const alert = alerts
    .getByTestId('alert')
    .filter({ hasText: code })
    .filter({ hasText: 'above 30.0 °C' })
  await expect(alert).toContainText('Temperature 35.0 °C, above 30.0 °C')
  await expect(alert).toContainText('Critical')
  await expectAccessible()

  await alert.getByRole('button', { name: /^Acknowledge: Temperature 35.0 °C/ }).click()
  await expect(alert).toContainText('Acknowledged')
  await alert.getByRole('button', { name: /^Resolve: Temperature 35.0 °C/ }).click()
  await alert.getByLabel('How was it resolved?').fill('Door closed, fan restarted.')
  await alert.getByRole('button', { name: 'Resolve alert' }).click()
  await expect(alert).toHaveCount(0)
})
