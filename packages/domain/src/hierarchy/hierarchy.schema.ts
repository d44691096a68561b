// Inputs of the hierarchy procedures, shared by the api and the web forms (HIER1, HIER6).
// Organization scope (`organizationId`) is added by the api; these carry the rest.
import { z } from 'zod'
import { GRID_LIMITS, SectionTypeSchema } from '../grids/grid.schema.ts'
import { checkHierarchyCode, type HierarchyCodeLevel } from './hierarchy-code.ts'

/** Building kinds (mirrors the database enum). */
export const BuildingTypeSchema = z.enum(['CULTIVATION', 'PROCESSING', 'DRYING', 'STORAGE'])
export type BuildingType = z.infer<typeof BuildingTypeSchema>

/** Room kinds (mirrors the database enum). */
export const RoomTypeSchema = z.enum(['VEG', 'FLOWER', 'CLONE', 'DRY', 'CURE', 'TRIM'])
export type RoomType = z.infer<typeof RoomTypeSchema>

export const HIERARCHY_TEXT_LIMITS = {
  name: 100,
  licenseNumber: 64,
  address: 300,
  metrcLocationName: 100,
} as const

/** Inches between plant centres a section may declare. */
export const SPACING_INCHES_LIMITS = { min: 1, max: 240 } as const

function codeSchema(level: HierarchyCodeLevel) {
  return z.string().check((payload) => {
    const problem = checkHierarchyCode(level, payload.value)
    if (problem === null) return
    payload.issues.push({
      code: 'custom',
      message: problem.message,
      input: payload.value,
      params: { problem: problem.problem, level },
    })
  })
}

/** A property code, the first address segment (HIER1 = ADDR2), strict: no trimming or upper-casing. */
export const PropertyCodeSchema = codeSchema('property')
/** A building code, address segment 2. */
export const BuildingCodeSchema = codeSchema('building')
/** A room code, address segment 3. */
export const RoomCodeSchema = codeSchema('room')
/** A section code, address segment 4. */
export const SectionCodeSchema = codeSchema('section')

const NameSchema = z
  .string()
  .trim()
  .min(1, 'Give a name.')
  .max(HIERARCHY_TEXT_LIMITS.name, `A name has at most ${HIERARCHY_TEXT_LIMITS.name} characters.`)

/** Optional free text: trimmed; blank means "none" (null). */
function optionalText(max: number, what: string) {
  return z
    .string()
    .trim()
    .max(max, `${what} has at most ${max} characters.`)
    .transform((value) => (value === '' ? null : value))
}

const LicenseNumberSchema = optionalText(HIERARCHY_TEXT_LIMITS.licenseNumber, 'A licence number')
const StreetAddressSchema = optionalText(HIERARCHY_TEXT_LIMITS.address, 'An address')
const MetrcLocationNameSchema = optionalText(
  HIERARCHY_TEXT_LIMITS.metrcLocationName,
  'A Metrc location name',
)

function gridCount(field: string, limit: { min: number; max: number }) {
  const message = `${field} must be a whole number from ${limit.min} to ${limit.max}.`
  return z.int(message).min(limit.min, message).max(limit.max, message)
}

const SpacingInchesSchema = gridCount('spacingInches', SPACING_INCHES_LIMITS)

const someChange = {
  message: 'Give at least one field to change.',
}
function changesSomething(value: Record<string, unknown>, idKey: string): boolean {
  return Object.entries(value).some(([key, field]) => key !== idKey && field !== undefined)
}

// ───────────── property ─────────────

export const PropertyIdInputSchema = z.object({ propertyId: z.uuid() })
export type PropertyIdInput = z.infer<typeof PropertyIdInputSchema>

export const PropertyCreateInputSchema = z.object({
  code: PropertyCodeSchema,
  name: NameSchema,
  licenseNumber: LicenseNumberSchema.optional(),
  address: StreetAddressSchema.optional(),
})
export type PropertyCreateInput = z.infer<typeof PropertyCreateInputSchema>

export const PropertyUpdateInputSchema = z
  .object({
    propertyId: z.uuid(),
    code: PropertyCodeSchema.optional(),
    name: NameSchema.optional(),
    licenseNumber: LicenseNumberSchema.nullable().optional(),
    address: StreetAddressSchema.nullable().optional(),
  })
  .refine((value) => changesSomething(value, 'propertyId'), someChange)
export type PropertyUpdateInput = z.infer<typeof PropertyUpdateInputSchema>

// ───────────── building ─────────────

export const BuildingIdInputSchema = z.object({ buildingId: z.uuid() })
export type BuildingIdInput = z.infer<typeof BuildingIdInputSchema>

export const BuildingCreateInputSchema = z.object({
  propertyId: z.uuid(),
  code: BuildingCodeSchema,
  name: NameSchema,
  type: BuildingTypeSchema,
})
export type BuildingCreateInput = z.infer<typeof BuildingCreateInputSchema>

export const BuildingUpdateInputSchema = z
  .object({
    buildingId: z.uuid(),
    code: BuildingCodeSchema.optional(),
    name: NameSchema.optional(),
    type: BuildingTypeSchema.optional(),
  })
  .refine((value) => changesSomething(value, 'buildingId'), someChange)
export type BuildingUpdateInput = z.infer<typeof BuildingUpdateInputSchema>

// ───────────── room ─────────────

export const RoomIdInputSchema = z.object({ roomId: z.uuid() })
export type RoomIdInput = z.infer<typeof RoomIdInputSchema>

export const RoomCreateInputSchema = z.object({
  buildingId: z.uuid(),
  code: RoomCodeSchema,
  name: NameSchema,
  type: RoomTypeSchema,
  /** Defaults to `<BUILDING> <ROOM>` (HIER5). */
  metrcLocationName: MetrcLocationNameSchema.optional(),
})
export type RoomCreateInput = z.infer<typeof RoomCreateInputSchema>

export const RoomUpdateInputSchema = z
  .object({
    roomId: z.uuid(),
    code: RoomCodeSchema.optional(),
    name: NameSchema.optional(),
    type: RoomTypeSchema.optional(),
    metrcLocationName: MetrcLocationNameSchema.nullable().optional(),
  })
  .refine((value) => changesSomething(value, 'roomId'), someChange)
export type RoomUpdateInput = z.infer<typeof RoomUpdateInputSchema>

// ───────────── section ─────────────

export const SectionIdInputSchema = z.object({ sectionId: z.uuid() })
export type SectionIdInput = z.infer<typeof SectionIdInputSchema>

export const SectionCreateInputSchema = z.object({
  roomId: z.uuid(),
  code: SectionCodeSchema,
  name: NameSchema,
  type: SectionTypeSchema,
  /** Table rows, or rack levels for RACK and HANGER. */
  rows: gridCount('rows', GRID_LIMITS.rows),
  /** Table columns, or hangers per level for RACK and HANGER. */
  columns: gridCount('columns', GRID_LIMITS.columns),
  slotsPerPosition: gridCount('slotsPerPosition', GRID_LIMITS.slotsPerPosition).default(1),
  spacingInches: SpacingInchesSchema.optional(),
})
export type SectionCreateInput = z.infer<typeof SectionCreateInputSchema>

export const SectionUpdateInputSchema = z
  .object({
    sectionId: z.uuid(),
    code: SectionCodeSchema.optional(),
    name: NameSchema.optional(),
    spacingInches: SpacingInchesSchema.nullable().optional(),
  })
  .refine((value) => changesSomething(value, 'sectionId'), someChange)
export type SectionUpdateInput = z.infer<typeof SectionUpdateInputSchema>

// ───────────── row ─────────────

export const RowIdInputSchema = z.object({ rowId: z.uuid() })
export type RowIdInput = z.infer<typeof RowIdInputSchema>

/** Appends the section's next row (or rack level) with `columns` positions (HIER6). */
export const RowCreateInputSchema = z.object({
  sectionId: z.uuid(),
  columns: gridCount('columns', GRID_LIMITS.columns),
  slotsPerPosition: gridCount('slotsPerPosition', GRID_LIMITS.slotsPerPosition).default(1),
})
export type RowCreateInput = z.infer<typeof RowCreateInputSchema>
