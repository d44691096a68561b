// The threshold half of ingest: every enabled rule of the sensor's room or of the sensor
// itself, for a metric in the batch, runs the batch through the pure state machine (SENS5–7);
// its state for this sensor is kept in AlertRuleState (alertId = the open alert).
import type { SensorMetric, TransactionClient } from '@growops/db'
import {
  evaluateThreshold,
  METRIC_RANGES,
  type ThresholdState,
  type TimedReading,
} from '@growops/domain'
import type { NewLiveEvent } from '../realtime/live-events.ts'
import { openAlert, resolveAlerts } from './alert-records.ts'
import type { IngestSensor } from './ingest-readings.ts'

export interface AlertChanges {
  events: NewLiveEvent[]
  opened: number
  resolved: number
}

function sameState(a: { breachingSince: Date | null; alertId: string | null }, b: typeof a) {
  return a.alertId === b.alertId && a.breachingSince?.getTime() === b.breachingSince?.getTime()
}

export async function applyThresholdRules(
  tx: TransactionClient,
  sensor: IngestSensor,
  series: ReadonlyMap<SensorMetric, readonly TimedReading[]>,
): Promise<AlertChanges> {
  const changes: AlertChanges = { events: [], opened: 0, resolved: 0 }
  const rules = await tx.alertRule.findMany({
    where: {
      enabled: true,
      organizationId: sensor.organizationId,
      metric: { in: [...series.keys()] },
      OR: [{ sensorId: sensor.id }, ...(sensor.roomId ? [{ roomId: sensor.roomId }] : [])],
    },
    include: { states: { where: { sensorId: sensor.id } } },
    orderBy: { createdAt: 'asc' },
  })
  for (const rule of rules) {
    const stored = rule.states[0] ?? { breachingSince: null, alertId: null }
    let alertId = stored.alertId
    let state: ThresholdState = {
      breachingSince: stored.breachingSince,
      alertOpen: alertId !== null,
    }
    for (const reading of series.get(rule.metric) ?? []) {
      const step = evaluateThreshold(rule, state, reading)
      state = step.state
      if (step.action.type === 'open') {
        const unit = METRIC_RANGES[rule.metric].unit
        const { alert, events } = await openAlert(tx, {
          organizationId: sensor.organizationId,
          propertyId: sensor.propertyId,
          roomId: sensor.roomId,
          sensorId: sensor.id,
          ruleId: rule.id,
          kind: 'THRESHOLD',
          metric: rule.metric,
          severity: rule.severity,
          message: `${rule.metric} ${reading.value} ${unit} is ${step.action.bound === 'max' ? 'above' : 'below'} ${step.action.threshold} ${unit} on sensor ${sensor.code} since ${step.action.since.toISOString()}.`,
          value: reading.value,
          threshold: step.action.threshold,
          openedAt: reading.recordedAt,
        })
        alertId = alert.id
        changes.events.push(...events)
        changes.opened += 1
      } else if (step.action.type === 'clear' && alertId) {
        const events = await resolveAlerts(tx, [alertId], {
          at: reading.recordedAt,
          note: 'cleared',
        })
        changes.events.push(...events)
        changes.resolved += events.length
        alertId = null
      }
    }
    const next = { breachingSince: state.breachingSince, alertId }
    if (!sameState(stored, next)) {
      await tx.alertRuleState.upsert({
        where: { ruleId_sensorId: { ruleId: rule.id, sensorId: sensor.id } },
        create: { ruleId: rule.id, sensorId: sensor.id, ...next },
        update: next,
      })
    }
  }
  return changes
}
