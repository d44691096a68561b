import { z } from 'zod'

/** Limits on a section's grid; the generators and the schemas share them. */
export const GRID_LIMITS = {
  rows: { min: 1, max: 200 },
  columns: { min: 1, max: 200 },
  slotsPerPosition: { min: 1, max: 4 },
} as const

/** What a section is; racks and hangers use the `L/H` address form, the rest `R/C`. */
export const SectionTypeSchema = z.enum(['FLOOR', 'TABLE', 'RACK', 'HANGER', 'TRAY'])
export type SectionType = z.infer<typeof SectionTypeSchema>

function count(limit: { min: number; max: number }) {
  return z.int().min(limit.min).max(limit.max)
}

/** A table, tray or floor grid: rows × columns, each position with 1..4 slots. */
export const TableGridInputSchema = z.object({
  rows: count(GRID_LIMITS.rows),
  columns: count(GRID_LIMITS.columns),
  slotsPerPosition: count(GRID_LIMITS.slotsPerPosition).default(1),
})
export type TableGridInput = z.input<typeof TableGridInputSchema>

/** A rack grid: levels × hangers per level, each position with 1..4 slots. */
export const RackGridInputSchema = z.object({
  levels: count(GRID_LIMITS.rows),
  hangersPerLevel: count(GRID_LIMITS.columns),
  slotsPerPosition: count(GRID_LIMITS.slotsPerPosition).default(1),
})
export type RackGridInput = z.input<typeof RackGridInputSchema>
