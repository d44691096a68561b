// "Decoded QR → confirmation shown", measured on the phone: a performance mark when a code is
// read and another when the screen shows what it was. The figures go to
// `window.__scanTimings` for the e2e run and the bench to read.

export interface ScanTimings {
  /** The latest figure in ms, null before the first scan. */
  last: number | null
  /** Every figure of this page visit, oldest first (at most 200). */
  samples: number[]
}

declare global {
  interface Window {
    __scanTimings?: ScanTimings
  }
}

const MAX_SAMPLES = 200

/** Marks the moment a code was decoded (or a typed one submitted); returns its start time. */
export function markScanDecoded(seq: number): number {
  performance.mark(`scan:decoded:${seq}`)
  return performance.now()
}

/** Marks the confirmation of scan `seq` as shown and records the figure. */
export function markScanShown(seq: number, startedAt: number): number {
  const elapsed = performance.now() - startedAt
  performance.mark(`scan:shown:${seq}`)
  try {
    performance.measure(`scan:${seq}`, `scan:decoded:${seq}`, `scan:shown:${seq}`)
  } catch {
    // The start mark was cleared (buffer full): the figure above still counts.
  }
  const timings = (window.__scanTimings ??= { last: null, samples: [] })
  timings.last = elapsed
  timings.samples.push(elapsed)
  if (timings.samples.length > MAX_SAMPLES) timings.samples.shift()
  return elapsed
}
