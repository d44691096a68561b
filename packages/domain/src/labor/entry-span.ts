// Whether an entry's times fit together (LAB12): what a correction or a back-dated clock-in may
// store. The answer is a sentence for the person, or null when the times are fine.
import { MINUTE_MS, type EntrySpan } from './worked-time.ts'

/** Clocks of phones and servers differ a little; beyond this, a time is "in the future". */
export const CLOCK_SKEW_MS = MINUTE_MS

/** The problem with an entry's times, or null. */
export function entrySpanProblem(entry: EntrySpan, now: number): string | null {
  const latest = now + CLOCK_SKEW_MS
  if (entry.clockInAt > latest) return 'Clock-in is in the future.'
  if (entry.clockOutAt !== null) {
    if (entry.clockOutAt <= entry.clockInAt) return 'Clock-out must be after clock-in.'
    if (entry.clockOutAt > latest) return 'Clock-out is in the future.'
  }
  const end = entry.clockOutAt ?? latest
  const breaks = [...entry.breaks].sort((a, b) => a.startedAt - b.startedAt)
  let previousEnd = -Infinity
  for (const pause of breaks) {
    const pauseEnd = pause.endedAt ?? latest
    if (pause.endedAt !== null && pause.endedAt <= pause.startedAt) {
      return 'A break must end after it starts.'
    }
    if (pause.endedAt === null && entry.clockOutAt !== null) {
      return 'A break of a closed entry must have an end.'
    }
    if (pause.startedAt < entry.clockInAt || pauseEnd > end) {
      return 'Breaks must lie between clock-in and clock-out.'
    }
    if (pause.startedAt < previousEnd) return 'Breaks must not overlap.'
    previousEnd = pauseEnd
  }
  return null
}
