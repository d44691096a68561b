// Which fields the property panel shows for each kind of shape, and how a typed value is
// checked (the shared zod schema of that prop) before it reaches the shape.
import {
  GRID_LIMITS,
  LayoutShapePropsSchemas,
  SPACING_INCHES_LIMITS,
  canvasToFeet,
  feetToCanvas,
  type LayoutShapeKind,
} from '@growops/domain'

export type FieldKind = 'text' | 'int' | 'select' | 'feet'

export interface FieldDef {
  key: string
  kind: FieldKind
  /** Select options (values; labels come from the locale). */
  options?: readonly string[]
  min?: number
  max?: number
}

const code: FieldDef = { key: 'code', kind: 'text', max: 32 }
const name: FieldDef = { key: 'name', kind: 'text', max: 100 }
const label: FieldDef = { key: 'label', kind: 'text', max: 100 }
const width: FieldDef = { key: 'w', kind: 'feet', min: 1 }
const height: FieldDef = { key: 'h', kind: 'feet', min: 1 }
const slots: FieldDef = { key: 'slotsPerPosition', kind: 'int', ...GRID_LIMITS.slotsPerPosition }
const spacing: FieldDef = { key: 'spacingInches', kind: 'int', ...SPACING_INCHES_LIMITS }

function options(kind: LayoutShapeKind, key: string): readonly string[] {
  const shape = LayoutShapePropsSchemas[kind].shape as Record<
    string,
    { options?: readonly string[] }
  >
  return shape[key]?.options ?? []
}

export const PROPERTY_FIELDS: Record<LayoutShapeKind, FieldDef[]> = {
  building: [
    code,
    name,
    { key: 'buildingType', kind: 'select', options: options('building', 'buildingType') },
    width,
    height,
  ],
  room: [
    code,
    name,
    { key: 'roomType', kind: 'select', options: options('room', 'roomType') },
    width,
    height,
  ],
  table: [
    code,
    name,
    { key: 'sectionType', kind: 'select', options: options('table', 'sectionType') },
    { key: 'rows', kind: 'int', ...GRID_LIMITS.rows },
    { key: 'columns', kind: 'int', ...GRID_LIMITS.columns },
    slots,
    spacing,
  ],
  rack: [
    code,
    name,
    { key: 'sectionType', kind: 'select', options: options('rack', 'sectionType') },
    { key: 'levels', kind: 'int', ...GRID_LIMITS.rows },
    { key: 'hangersPerLevel', kind: 'int', ...GRID_LIMITS.columns },
    slots,
    spacing,
  ],
  aisle: [label, width, height],
  door: [label, width, height],
  sensor: [
    code,
    { key: 'sensorKind', kind: 'select', options: options('sensor', 'sensorKind') },
    label,
  ],
}

/** The text an input shows for a prop value. */
export function displayValue(field: FieldDef, value: unknown): string {
  if (field.kind === 'feet' && typeof value === 'number')
    return String(Math.round(canvasToFeet(value) * 10) / 10)
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

export type ParsedField =
  { ok: true; value: string | number } | { ok: false; problem: 'number' | 'size' | 'text' }

/** Reads what was typed into the prop value, checked by the prop's own schema. */
export function parseFieldInput(
  kind: LayoutShapeKind,
  field: FieldDef,
  input: string,
): ParsedField {
  const schema = (
    LayoutShapePropsSchemas[kind].shape as Record<
      string,
      { safeParse(v: unknown): { success: boolean } }
    >
  )[field.key]
  let value: string | number
  if (field.kind === 'int') {
    value = input.trim() === '' ? NaN : Number(input)
  } else if (field.kind === 'feet') {
    const feet = input.trim() === '' ? NaN : Number(input)
    if (!(feet >= 1)) return { ok: false, problem: 'size' }
    value = Math.round(feetToCanvas(feet))
  } else {
    value = field.key === 'code' ? input.toUpperCase() : input
  }
  if (!schema || !schema.safeParse(value).success)
    return {
      ok: false,
      problem:
        field.kind === 'text' || field.kind === 'select'
          ? 'text'
          : field.kind === 'feet'
            ? 'size'
            : 'number',
    }
  return { ok: true, value }
}
