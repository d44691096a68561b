// The silent-sensor watchdog (SENS10): every minute, a sensor that has reported before but
// not for more than the configured minutes gets one SILENT alert; its next reading resolves
// it (see ingest). Safe with several api instances: the sensor row is locked while checked.
import type { PrismaClient } from '@growops/db'
import type { LiveEnvelope } from '@growops/domain'
import { recordLiveEvents, type LiveEventPublisher } from '../realtime/live-events.ts'
import { openAlert } from './alert-records.ts'

export interface SilentCheckOptions {
  silentAfterMinutes: number
  now?: Date
}

/** Opens SILENT alerts for sensors that went quiet; returns how many were opened. */
export async function checkSilentSensors(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  options: SilentCheckOptions,
): Promise<number> {
  const now = options.now ?? new Date()
  const cutoff = new Date(now.getTime() - options.silentAfterMinutes * 60_000)
  const quiet = await prisma.sensor.findMany({
    where: {
      lastReadingAt: { lt: cutoff },
      alerts: { none: { kind: 'SILENT', status: { not: 'RESOLVED' } } },
    },
    select: { id: true },
    take: 500,
  })
  let opened = 0
  for (const { id } of quiet) {
    const envelopes: LiveEnvelope[] = await prisma.$transaction(async (tx) => {
      const [sensor] = await tx.$queryRaw<
        {
          organizationId: string
          propertyId: string
          roomId: string | null
          code: string
          lastReadingAt: Date | null
        }[]
      >`SELECT "organizationId", "propertyId", "roomId", code, "lastReadingAt"
        FROM "Sensor" WHERE id = ${id} FOR UPDATE`
      if (!sensor?.lastReadingAt || sensor.lastReadingAt >= cutoff) return []
      const already = await tx.alert.count({
        where: { sensorId: id, kind: 'SILENT', status: { not: 'RESOLVED' } },
      })
      if (already > 0) return []
      const minutes = Math.round((now.getTime() - sensor.lastReadingAt.getTime()) / 60_000)
      const { events } = await openAlert(tx, {
        organizationId: sensor.organizationId,
        propertyId: sensor.propertyId,
        roomId: sensor.roomId,
        sensorId: id,
        kind: 'SILENT',
        metric: null,
        severity: 'WARNING',
        message: `Sensor ${sensor.code} has sent nothing for ${minutes} minutes (last reading ${sensor.lastReadingAt.toISOString()}).`,
        openedAt: now,
      })
      opened += 1
      return recordLiveEvents(tx, events)
    })
    live.publish(envelopes)
  }
  return opened
}

export interface SensorWatchdog {
  stop(): void
}

/** Runs {@link checkSilentSensors} every `intervalMs` (default one minute). */
export function startSensorWatchdog(deps: {
  prisma: PrismaClient
  live: LiveEventPublisher
  silentAfterMinutes: number
  intervalMs?: number
  log?: (message: string) => void
}): SensorWatchdog {
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    checkSilentSensors(deps.prisma, deps.live, { silentAfterMinutes: deps.silentAfterMinutes })
      .then((opened) => {
        if (opened > 0) deps.log?.(`[sensors] ${opened} silent sensor alert(s) opened`)
      })
      .catch((error: unknown) => {
        deps.log?.(
          `[sensors] watchdog failed: ${error instanceof Error ? error.message : String(error)}`,
        )
      })
      .finally(() => {
        running = false
      })
  }, deps.intervalMs ?? 60_000)
  timer.unref()
  return { stop: () => clearInterval(timer) }
}
