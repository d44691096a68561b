import { describe, expect, it } from 'vitest'
import { renderQrSvgs } from './qr-svg.ts'

describe('QR SVGs', () => {
  it('draws one SVG per distinct payload that fills its box', async () => {
    const a = 'https://grow.example.com/q/1/a/D4-tW9nLRp-hZXCGdyiVDg'
    const b = 'https://grow.example.com/q/1/p/1A4010300000001000000042'
    const svgs = await renderQrSvgs([a, b, a])
    expect([...svgs.keys()]).toEqual([a, b])
    expect(svgs.get(a)).toMatch(/^<svg width="100%" height="100%" aria-hidden="true" xmlns=/)
    expect(svgs.get(a)).not.toBe(svgs.get(b))
    // A 54-character link fits QR version 5 (37 modules) at level M, with a 2-module margin.
    expect(svgs.get(a)).toContain('viewBox="0 0 37 37"')
  })
})
