// The anomaly half of ingest (SENS8–9): each series of the batch is scanned against its
// recent history; a flagged value opens an ANOMALY alert unless one is unresolved for that
// series, and a flat line opens a FLATLINE alert that resolves once the values move again.
import type { Alert, SensorMetric, TransactionClient } from '@growops/db'
import {
  defaultAnomalyOptions,
  METRIC_RANGES,
  scanSeries,
  type SeriesPoint,
  type TimedReading,
} from '@growops/domain'
import { openAlert, resolveAlerts } from './alert-records.ts'
import type { IngestSensor } from './ingest-readings.ts'
import type { AlertChanges } from './ingest-thresholds.ts'

const HISTORY_WINDOW = 120

/** The last readings of each metric of a sensor, oldest first (one indexed query). */
export async function loadRecentHistory(
  tx: TransactionClient,
  sensorId: string,
  metrics: readonly SensorMetric[],
): Promise<Map<SensorMetric, SeriesPoint[]>> {
  const history = new Map<SensorMetric, SeriesPoint[]>()
  if (metrics.length === 0) return history
  const rows = await tx.$queryRaw<{ metric: SensorMetric; value: number; recordedAt: Date }[]>`
    SELECT m.metric, r.value, r."recordedAt"
    FROM unnest(${[...metrics]}::text[]) AS m(metric)
    CROSS JOIN LATERAL (
      SELECT value, "recordedAt" FROM "SensorReading"
      WHERE "sensorId" = ${sensorId} AND metric = m.metric::"SensorMetric"
      ORDER BY "recordedAt" DESC
      LIMIT ${HISTORY_WINDOW}
    ) r`
  for (const row of rows) {
    const list = history.get(row.metric) ?? []
    list.push({ value: row.value, recordedAt: row.recordedAt })
    history.set(row.metric, list)
  }
  for (const list of history.values()) list.reverse()
  return history
}

export async function detectSeriesAlerts(
  tx: TransactionClient,
  sensor: IngestSensor,
  series: ReadonlyMap<SensorMetric, readonly TimedReading[]>,
  history: ReadonlyMap<SensorMetric, readonly SeriesPoint[]>,
  openAlerts: readonly Alert[],
): Promise<AlertChanges> {
  const changes: AlertChanges = { events: [], opened: 0, resolved: 0 }
  const base = {
    organizationId: sensor.organizationId,
    propertyId: sensor.propertyId,
    roomId: sensor.roomId,
    sensorId: sensor.id,
  }
  for (const [metric, readings] of series) {
    const scan = scanSeries(history.get(metric) ?? [], readings, defaultAnomalyOptions(metric))
    const unit = METRIC_RANGES[metric].unit
    const open = (kind: Alert['kind']) =>
      openAlerts.find((alert) => alert.kind === kind && alert.metric === metric)
    const worst = scan.anomalies.toSorted(
      (a, b) => Math.abs(b.value - b.median) / b.spread - Math.abs(a.value - a.median) / a.spread,
    )[0]
    if (worst && !open('ANOMALY')) {
      const reading = readings[worst.index]
      const { events } = await openAlert(tx, {
        ...base,
        kind: 'ANOMALY',
        metric,
        severity: 'WARNING',
        message: `${metric} ${worst.value} ${unit} on sensor ${sensor.code} is far from its recent level (${worst.median.toFixed(2)} ${unit}).`,
        value: worst.value,
        threshold: Math.round(worst.median * 1000) / 1000,
        openedAt: reading?.recordedAt ?? new Date(),
      })
      changes.events.push(...events)
      changes.opened += 1
    }
    const flat = open('FLATLINE')
    const last = readings.at(-1)
    if (scan.flatlined && !flat && last) {
      const { events } = await openAlert(tx, {
        ...base,
        kind: 'FLATLINE',
        metric,
        severity: 'WARNING',
        message: `${metric} on sensor ${sensor.code} has not changed from ${last.value} ${unit}: the probe may be stuck.`,
        value: last.value,
        openedAt: last.recordedAt,
      })
      changes.events.push(...events)
      changes.opened += 1
    } else if (!scan.flatlined && flat && last) {
      const events = await resolveAlerts(tx, [flat.id], { at: last.recordedAt, note: 'cleared' })
      changes.events.push(...events)
      changes.resolved += events.length
    }
  }
  return changes
}
