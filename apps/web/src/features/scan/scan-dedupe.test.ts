import { describe, expect, it } from 'vitest'
import { createScanDeduper, SCAN_REPEAT_WINDOW_MS } from './scan-dedupe.ts'

const A = 'https://grow.example.com/q/1/p/1A4FF0100000000000000001'
const B = 'https://grow.example.com/q/1/a/AAAAAAAAAAAAAAAAAAAAAA'

describe('scan de-duplication', () => {
  it('accepts the first read of a code and drops repeats while it stays in view', () => {
    const dedupe = createScanDeduper()
    const reads = [0, 200, 400, 900, 1400, 2000].map((t) => dedupe.accept(A, t))
    expect(reads).toEqual([true, false, false, false, false, false])
  })

  it('counts the same code again once it was out of view for the window', () => {
    const dedupe = createScanDeduper(1500)
    expect(dedupe.accept(A, 0)).toBe(true)
    expect(dedupe.accept(A, 1499)).toBe(false)
    expect(dedupe.accept(A, 1499 + 1500)).toBe(true)
  })

  it('accepts a different code at once, and the first code again after it', () => {
    const dedupe = createScanDeduper()
    expect(dedupe.accept(A, 0)).toBe(true)
    expect(dedupe.accept(B, 100)).toBe(true)
    expect(dedupe.accept(A, 200)).toBe(true)
  })

  it('ignores surrounding whitespace and empty reads', () => {
    const dedupe = createScanDeduper()
    expect(dedupe.accept(`${A}\n`, 0)).toBe(true)
    expect(dedupe.accept(` ${A}`, 10)).toBe(false)
    expect(dedupe.accept('   ', 20)).toBe(false)
  })

  it('reset forgets the last code', () => {
    const dedupe = createScanDeduper()
    expect(dedupe.accept(A, 0)).toBe(true)
    dedupe.reset()
    expect(dedupe.accept(A, 10)).toBe(true)
  })

  it('uses a window of about 1.5 s by default', () => {
    expect(SCAN_REPEAT_WINDOW_MS).toBe(1500)
  })
})
