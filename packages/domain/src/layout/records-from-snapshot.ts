// LayoutSnapshot → tldraw shape records: importing a facility onto an empty canvas, and
// drawing a past version read-only (LAYC6, LAYC7).
import {
  feetToCanvas,
  LAYOUT_SHAPE_TYPES,
  rackSizeFeet,
  tableSizeFeet,
  type CanvasShapeRecord,
  type LayoutShapeKind,
} from './canvas-model.ts'
import { roundFeet } from './geometry.ts'
import { drawOrderIndexKey } from './index-key.ts'
import type { LayoutSnapshot, SnapshotRect, SnapshotSection } from './layout-snapshot.schema.ts'

export interface RecordsFromSnapshotOptions {
  /** The page the shapes go on; tldraw's default page is `page:page`. */
  pageId?: string
}

/** A snapshot key as a shape id: keys from a canvas already are ones. */
export function shapeIdForKey(key: string): string {
  return key.startsWith('shape:') ? key : `shape:${key}`
}

/** Canvas units of a length in feet, kept on the 1/1000 ft grid (LAYC6). */
function units(feet: number): number {
  return feetToCanvas(roundFeet(feet))
}

function isRack(section: SnapshotSection): boolean {
  return section.type === 'RACK' || section.type === 'HANGER'
}

function sectionProps(s: SnapshotSection): {
  kind: LayoutShapeKind
  props: Record<string, unknown>
} {
  const common = { code: s.code, name: s.name, slotsPerPosition: s.slotsPerPosition }
  if (isRack(s)) {
    const size = rackSizeFeet({ hangersPerLevel: s.columns, spacingInches: s.spacingInches })
    return {
      kind: 'rack',
      props: {
        w: units(size.width),
        h: units(size.height),
        ...common,
        sectionType: s.type,
        levels: s.rows,
        hangersPerLevel: s.columns,
        spacingInches: s.spacingInches,
      },
    }
  }
  const size = tableSizeFeet(s)
  return {
    kind: 'table',
    props: {
      w: units(size.width),
      h: units(size.height),
      ...common,
      sectionType: s.type,
      rows: s.rows,
      columns: s.columns,
      spacingInches: s.spacingInches,
    },
  }
}

function sized(rect: SnapshotRect): { w: number; h: number } {
  return { w: units(rect.width), h: units(rect.height) }
}

/**
 * tldraw shape records for a snapshot (LAYC6, LAYC7): every shape on the page at its
 * page position (canvas units), unrotated and unlocked, `meta.entityId` where the element
 * has one, and index keys increasing in draw order — buildings, then rooms, then
 * sections, aisles, doors and sensors, so that children draw on top. Tables and racks are
 * sized by their grid (`tableSizeFeet`, `rackSizeFeet`).
 */
export function recordsFromSnapshot(
  snapshot: LayoutSnapshot,
  options: RecordsFromSnapshotOptions = {},
): CanvasShapeRecord[] {
  const pageId = options.pageId ?? 'page:page'
  const records: CanvasShapeRecord[] = []
  const add = (
    key: string,
    kind: LayoutShapeKind,
    at: { x: number; y: number },
    props: Record<string, unknown>,
    entityId?: string,
  ): void => {
    records.push({
      id: shapeIdForKey(key),
      typeName: 'shape',
      type: LAYOUT_SHAPE_TYPES[kind],
      parentId: pageId,
      index: drawOrderIndexKey(records.length),
      x: units(at.x),
      y: units(at.y),
      rotation: 0,
      isLocked: false,
      opacity: 1,
      props,
      meta: entityId === undefined ? {} : { entityId },
    })
  }
  const rooms = snapshot.buildings.flatMap((b) => b.rooms)
  for (const b of snapshot.buildings) {
    const props = { ...sized(b.rect), code: b.code, name: b.name, buildingType: b.type }
    add(b.key, 'building', b.rect, props, b.entityId)
  }
  for (const r of rooms) {
    const props = { ...sized(r.rect), code: r.code, name: r.name, roomType: r.type }
    add(r.key, 'room', r.rect, props, r.entityId)
  }
  for (const r of rooms) {
    for (const s of r.sections) {
      const { kind, props } = sectionProps(s)
      add(s.key, kind, s.rect, props, s.entityId)
    }
    for (const a of r.aisles) add(a.key, 'aisle', a.rect, { ...sized(a.rect), label: a.label })
    for (const d of r.doors) add(d.key, 'door', d.rect, { ...sized(d.rect), label: d.label })
    for (const s of r.sensors) {
      add(s.key, 'sensor', s, { code: s.code, sensorKind: s.kind, label: s.label })
    }
  }
  return records
}
