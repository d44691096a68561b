// The layout shapes declared to tldraw's type system (its documented augmentation of
// TLGlobalShapePropsMap), with prop validators derived from the shared zod schemas so
// the canvas, the collab server and publish agree on what a valid shape is.
import {
  LAYOUT_SHAPE_TYPES,
  LayoutShapePropsSchemas,
  type AisleShapeProps,
  type BuildingShapeProps,
  type DoorShapeProps,
  type LayoutShapeKind,
  type RackShapeProps,
  type RoomShapeProps,
  type SensorShapeProps,
  type TableShapeProps,
} from '@growops/domain'
import { T, type RecordProps, type TLShape } from 'tldraw'

declare module 'tldraw' {
  interface TLGlobalShapePropsMap {
    'gw-building': BuildingShapeProps
    'gw-room': RoomShapeProps
    'gw-table': TableShapeProps
    'gw-rack': RackShapeProps
    'gw-aisle': AisleShapeProps
    'gw-door': DoorShapeProps
    'gw-sensor': SensorShapeProps
  }
}

export type LayoutShapeOf<K extends LayoutShapeKind> = TLShape<(typeof LAYOUT_SHAPE_TYPES)[K]>
export type BuildingShape = LayoutShapeOf<'building'>
export type RoomShape = LayoutShapeOf<'room'>
export type TableShape = LayoutShapeOf<'table'>
export type RackShape = LayoutShapeOf<'rack'>
export type AisleShape = LayoutShapeOf<'aisle'>
export type DoorShape = LayoutShapeOf<'door'>
export type SensorShape = LayoutShapeOf<'sensor'>
export type LayoutShape = LayoutShapeOf<LayoutShapeKind>

const KIND_BY_TYPE = new Map<string, LayoutShapeKind>(
  (Object.entries(LAYOUT_SHAPE_TYPES) as [LayoutShapeKind, string][]).map(([k, t]) => [t, k]),
)

/** The layout kind of a tldraw shape type, or null for anything else. */
export function layoutKindOf(type: string): LayoutShapeKind | null {
  return KIND_BY_TYPE.get(type) ?? null
}

export function isLayoutShape(shape: { type: string }): shape is LayoutShape {
  return KIND_BY_TYPE.has(shape.type)
}

/** tldraw validators for one kind's props: each prop is checked by its zod schema. */
export function layoutPropValidators<K extends LayoutShapeKind>(
  kind: K,
): RecordProps<LayoutShapeOf<K>> {
  const shape = LayoutShapePropsSchemas[kind].shape as Record<
    string,
    { parse(v: unknown): unknown }
  >
  const validators: Record<string, T.Validator<unknown>> = {}
  for (const [key, schema] of Object.entries(shape)) {
    validators[key] = new T.Validator((value) => {
      schema.parse(value)
      // Props are primitives: returning the input keeps tldraw's same-value check happy.
      return value
    })
  }
  return validators as RecordProps<LayoutShapeOf<K>>
}
