// What is wrong with a drawn layout, in a form the canvas can mark (shape ids) and the UI
// can translate (a code and its params); `message` is the English sentence for logs and tests.

/** Every problem `validateLayoutSnapshot` and `validateLayoutRecords` report. */
export const LAYOUT_ISSUE_CODES = [
  'INVALID_CODE',
  'DUPLICATE_CODE',
  'DUPLICATE_KEY',
  'DUPLICATE_ENTITY',
  'OVERLAPPING_SECTIONS',
  'OUTSIDE_PARENT',
  'EMPTY_NAME',
  'INVALID_PROPS',
  'TOO_MANY_POSITIONS',
  'TOO_MANY_ELEMENTS',
] as const
export type LayoutIssueCode = (typeof LAYOUT_ISSUE_CODES)[number]

/** The layout elements an issue can name, as in `params.kind`. */
export type LayoutElementKind =
  'building' | 'room' | 'section' | 'aisle' | 'door' | 'sensor' | 'table' | 'rack'

export interface LayoutIssue {
  code: LayoutIssueCode
  /** The offending canvas shape ids (snapshot keys), for marks on the canvas. */
  shapeIds: string[]
  /** One English sentence a person can act on, naming the codes involved. */
  message: string
  /** Values for a translated message, e.g. `{ code, kind, parent }`. */
  params: Record<string, string | number>
}

const KIND_NAME: Record<LayoutElementKind, string> = {
  building: 'Building',
  room: 'Room',
  section: 'Section',
  aisle: 'Aisle',
  door: 'Door',
  sensor: 'Sensor',
  table: 'Table',
  rack: 'Rack',
}

/** "Building", "Room", "Table" …, for messages. */
export function layoutKindName(kind: LayoutElementKind): string {
  return KIND_NAME[kind]
}

/** `Room "VEG-A"` or `Aisle` when the element has no code or label. */
export function describeElement(kind: LayoutElementKind, code: string): string {
  return code === '' ? KIND_NAME[kind] : `${KIND_NAME[kind]} "${code}"`
}
