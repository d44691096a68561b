// Threshold rules as a pure state machine (SENS5–SENS7): a reading moves a rule's state for
// one sensor and may open or clear its alert. Time comes from the readings, not a clock.

export interface ThresholdRule {
  min: number | null
  max: number | null
  /** How far back inside [min, max] a value must come before an open alert clears. */
  hysteresis: number
  /** How long a value must stay outside before an alert opens. */
  minDurationSeconds: number
}

export interface ThresholdState {
  /** When the current unbroken breach began; null when inside. */
  breachingSince: Date | null
  alertOpen: boolean
}

export type ThresholdAction =
  | { type: 'none' }
  | {
      type: 'open'
      /** The bound that was crossed. */
      bound: 'min' | 'max'
      threshold: number
      /** When the breach began. */
      since: Date
    }
  | { type: 'clear' }

export interface ThresholdStep {
  state: ThresholdState
  action: ThresholdAction
}

export const INITIAL_THRESHOLD_STATE: ThresholdState = { breachingSince: null, alertOpen: false }

/** Which bound `value` is outside of, if any. */
export function breachedBound(rule: ThresholdRule, value: number): 'min' | 'max' | null {
  if (rule.min !== null && value < rule.min) return 'min'
  if (rule.max !== null && value > rule.max) return 'max'
  return null
}

/** Whether `value` is inside [min + hysteresis, max − hysteresis] (SENS6). */
export function isClearOf(rule: ThresholdRule, value: number): boolean {
  const h = Math.max(0, rule.hysteresis)
  return (
    (rule.min === null || value >= rule.min + h) && (rule.max === null || value <= rule.max - h)
  )
}

/**
 * Applies one reading to a rule's state. Closed: a value outside starts (or continues) a
 * breach; once it has lasted `minDurationSeconds` the alert opens (SENS5); a value inside
 * ends the breach without an alert. Open: nothing happens until a value is inside by the
 * hysteresis margin, which clears the alert (SENS6). A reading older than the breach's start
 * (out of order) counts as a value at the breach's start.
 */
export function evaluateThreshold(
  rule: ThresholdRule,
  state: ThresholdState,
  reading: { value: number; recordedAt: Date },
): ThresholdStep {
  const bound = breachedBound(rule, reading.value)
  if (state.alertOpen) {
    if (isClearOf(rule, reading.value)) {
      return { state: { breachingSince: null, alertOpen: false }, action: { type: 'clear' } }
    }
    return { state, action: { type: 'none' } }
  }
  if (bound === null) {
    return { state: { breachingSince: null, alertOpen: false }, action: { type: 'none' } }
  }
  const since = state.breachingSince ?? reading.recordedAt
  const lastedMs = Math.max(0, reading.recordedAt.getTime() - since.getTime())
  if (lastedMs >= rule.minDurationSeconds * 1000) {
    const threshold = bound === 'min' ? rule.min : rule.max
    return {
      state: { breachingSince: since, alertOpen: true },
      action: { type: 'open', bound, threshold: threshold ?? reading.value, since },
    }
  }
  return { state: { breachingSince: since, alertOpen: false }, action: { type: 'none' } }
}

/** Runs readings (in time order) through {@link evaluateThreshold}; every step's action. */
export function evaluateThresholdSeries(
  rule: ThresholdRule,
  state: ThresholdState,
  readings: readonly { value: number; recordedAt: Date }[],
): { state: ThresholdState; actions: { index: number; action: ThresholdAction }[] } {
  let current = state
  const actions: { index: number; action: ThresholdAction }[] = []
  readings.forEach((reading, index) => {
    const step = evaluateThreshold(rule, current, reading)
    current = step.state
    if (step.action.type !== 'none') actions.push({ index, action: step.action })
  })
  return { state: current, actions }
}
