import { describe, expect, it } from 'vitest'
import { BATCH_COLOURS, batchColour } from './batch-colour.ts'

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05)
}

describe('batchColour', () => {
  it('[LAYC9] gives the same colour for the same batch id', () => {
    const id = 'b8d7f3c2-2d51-4c39-a3c4-1b2f9d6e7a10'
    expect(batchColour(id)).toBe(batchColour(`${id}`))
    expect(BATCH_COLOURS).toContain(batchColour(id))
  })

  it('[LAYC9] spreads batch ids over the whole palette', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 500; i++) seen.add(batchColour(`batch-${i}`))
    expect(seen.size).toBe(BATCH_COLOURS.length)
  })

  it('[LAYC9] every colour is distinct, 3:1 against white and 4.5:1 against dark text', () => {
    expect(new Set(BATCH_COLOURS).size).toBe(12)
    for (const colour of BATCH_COLOURS) {
      expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3)
      expect(contrast(colour, '#111827')).toBeGreaterThanOrEqual(4.5)
    }
  })
})
