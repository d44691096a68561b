// Tiny measuring helpers: benchmarks print figures; they never pass or fail.

export interface Timing {
  count: number
  totalMs: number
  p50Ms: number
  p99Ms: number
}

/** Runs `fn` `count` times (after `warmup` runs) and reports per-call percentiles. */
export async function measure(
  count: number,
  fn: (index: number) => unknown,
  warmup = Math.min(100, count),
): Promise<Timing> {
  for (let index = 0; index < warmup; index++) await fn(index)
  const samples = new Float64Array(count)
  const started = performance.now()
  for (let index = 0; index < count; index++) {
    const before = performance.now()
    await fn(index)
    samples[index] = performance.now() - before
  }
  const totalMs = performance.now() - started
  samples.sort()
  const at = (fraction: number) => samples[Math.min(count - 1, Math.floor(fraction * count))] ?? 0
  return { count, totalMs, p50Ms: at(0.5), p99Ms: at(0.99) }
}

export function printTiming(label: string, timing: Timing): void {
  const perSecond = Math.round((timing.count / timing.totalMs) * 1000)
  console.log(
    `${label.padEnd(48)} n=${String(timing.count).padStart(7)}  total ${timing.totalMs.toFixed(1).padStart(8)} ms` +
      `  p50 ${timing.p50Ms.toFixed(4)} ms  p99 ${timing.p99Ms.toFixed(4)} ms  (${perSecond.toLocaleString('en')}/s)`,
  )
}
