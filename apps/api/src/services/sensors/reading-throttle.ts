// `sensor.reading` live events are throttled: at most one per sensor and metric per interval
// (the dashboard's tiles need the latest value, not every one). Per api process: with several
// instances a series may be pushed once per instance per interval, which is still bounded.

export interface ReadingThrottle {
  /** Whether a reading event for `key` may go out at `now` (and, if so, remembers it). */
  take(key: string, now: Date): boolean
}

export function createReadingThrottle(intervalMs = 5000, maxKeys = 100_000): ReadingThrottle {
  const last = new Map<string, number>()
  return {
    take(key, now) {
      const previous = last.get(key)
      if (previous !== undefined && now.getTime() - previous < intervalMs) return false
      if (last.size >= maxKeys) last.clear()
      last.set(key, now.getTime())
      return true
    },
  }
}
