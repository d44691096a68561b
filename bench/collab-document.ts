// A realistic layout Y.Doc for the collab benchmarks: a document and page record, 2 buildings
// of 5 rooms, and 250 tables of 4 × 10 positions (10,000 positions), stored as tldraw-like
// records in the `records` map, with some edit history (every table moved twice).
import { feetToCanvas, LAYOUT_YDOC, tableSizeFeet } from '@growops/domain'
import * as Y from 'yjs'

export const BUILDINGS = 2
export const ROOMS_PER_BUILDING = 5
export const TABLES_PER_ROOM = 25
export const TABLE_ROWS = 4
export const TABLE_COLUMNS = 10

export interface TableRecord {
  id: string
  typeName: 'shape'
  type: 'gw-table'
  x: number
  y: number
  rotation: number
  index: string
  parentId: string
  isLocked: boolean
  opacity: number
  meta: Record<string, unknown>
  props: Record<string, unknown>
}

function shapeBase(id: string, index: number, x: number, y: number) {
  return {
    id,
    typeName: 'shape' as const,
    x,
    y,
    rotation: 0,
    index: `a${index.toString(36).padStart(4, '0')}`,
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta: {},
  }
}

export function tableRecord(building: number, room: number, table: number, x: number): TableRecord {
  const props = { rows: TABLE_ROWS, columns: TABLE_COLUMNS, spacingInches: 12 }
  const size = tableSizeFeet(props)
  const order = (building * ROOMS_PER_BUILDING + room) * TABLES_PER_ROOM + table
  return {
    ...shapeBase(`shape:table-${building}-${room}-${table}`, 1000 + order, x, 200 + table * 70),
    type: 'gw-table',
    props: {
      w: feetToCanvas(size.width),
      h: feetToCanvas(size.height),
      code: `T${table + 1}`,
      name: `Table ${table + 1}`,
      sectionType: 'TABLE',
      ...props,
      slotsPerPosition: 1,
    },
  }
}

/** Every table's record id, in a stable order (editors of the benchmark pick from it). */
export function tableIds(): string[] {
  const ids: string[] = []
  for (let b = 0; b < BUILDINGS; b++)
    for (let r = 0; r < ROOMS_PER_BUILDING; r++)
      for (let t = 0; t < TABLES_PER_ROOM; t++) ids.push(`shape:table-${b}-${r}-${t}`)
  return ids
}

export function buildFacilityDocument(): Y.Doc {
  const doc = new Y.Doc()
  const records = doc.getMap<unknown>(LAYOUT_YDOC.records)
  doc.transact(() => {
    records.set('document:document', {
      id: 'document:document',
      typeName: 'document',
      gridSize: 10,
      name: '',
      meta: {},
    })
    records.set('page:page', {
      id: 'page:page',
      typeName: 'page',
      name: 'Floor',
      index: 'a1',
      meta: {},
    })
    doc.getMap(LAYOUT_YDOC.meta).set('schemaVersion', 1)
    for (let b = 0; b < BUILDINGS; b++) {
      records.set(`shape:building-${b}`, {
        ...shapeBase(`shape:building-${b}`, b, b * 6000, 0),
        type: 'gw-building',
        props: {
          w: 5800,
          h: 2400,
          code: `GROW${b + 1}`,
          name: `Grow ${b + 1}`,
          buildingType: 'CULTIVATION',
        },
      })
      for (let r = 0; r < ROOMS_PER_BUILDING; r++) {
        records.set(`shape:room-${b}-${r}`, {
          ...shapeBase(
            `shape:room-${b}-${r}`,
            10 + b * ROOMS_PER_BUILDING + r,
            b * 6000 + r * 1100,
            100,
          ),
          type: 'gw-room',
          props: {
            w: 1000,
            h: 2000,
            code: `FLOWER-${r + 1}`,
            name: `Flower ${r + 1}`,
            roomType: 'FLOWER',
          },
        })
        for (let t = 0; t < TABLES_PER_ROOM; t++) {
          records.set(`shape:table-${b}-${r}-${t}`, tableRecord(b, r, t, b * 6000 + r * 1100 + 50))
        }
      }
    }
  })
  // History: every table dragged twice, one transaction per drag, as the canvas would.
  for (let move = 1; move <= 2; move++) {
    for (let b = 0; b < BUILDINGS; b++)
      for (let r = 0; r < ROOMS_PER_BUILDING; r++)
        for (let t = 0; t < TABLES_PER_ROOM; t++)
          records.set(
            `shape:table-${b}-${r}-${t}`,
            tableRecord(b, r, t, b * 6000 + r * 1100 + 50 + move * 10),
          )
  }
  return doc
}
