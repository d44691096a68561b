import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { markScanDecoded, markScanShown } from './scan-timings.ts'

describe('scan timings', () => {
  beforeEach(() => {
    vi.stubGlobal('window', {})
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('records decoded → shown for each scan on window.__scanTimings', () => {
    const now = vi.spyOn(performance, 'now')
    now.mockReturnValue(1000)
    const first = markScanDecoded(1)
    now.mockReturnValue(1120)
    expect(markScanShown(1, first)).toBe(120)
    now.mockReturnValue(2000)
    const second = markScanDecoded(2)
    now.mockReturnValue(2045)
    markScanShown(2, second)
    expect(window.__scanTimings).toEqual({ last: 45, samples: [120, 45] })
    now.mockRestore()
  })

  it('keeps at most 200 samples, newest last', () => {
    for (let seq = 1; seq <= 205; seq++) markScanShown(seq, performance.now() - seq)
    const timings = window.__scanTimings
    expect(timings?.samples).toHaveLength(200)
    expect(timings?.last).toBe(timings?.samples.at(-1))
  })
})
