// Batch colours on the occupancy overlay and in RoomGrid legends.

/**
 * Twelve hues of one relative luminance (≈0.24): each reaches 3:1 against white (a cell
 * on the page) and 4.5:1 against dark text (#111827, the label drawn on it) — LAYC9.
 */
export const BATCH_COLOURS = [
  '#dd5f5f',
  '#c27529',
  '#9c8721',
  '#5c9720',
  '#219c4a',
  '#209784',
  '#2793b7',
  '#4e88da',
  '#837ae3',
  '#ad68df',
  '#d94acd',
  '#db5799',
] as const

/** A colour per batch id, the same on every screen and in every session (FNV-1a hash). */
export function batchColour(batchId: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < batchId.length; i++) {
    hash ^= batchId.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return BATCH_COLOURS[hash % BATCH_COLOURS.length] ?? BATCH_COLOURS[0]
}
