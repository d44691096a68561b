// The one order of a snapshot (LAYC5): every client that draws the same canvas produces
// byte-identical JSON, so publishes and round trips compare equal.
import type { LayoutSnapshot } from './layout-snapshot.schema.ts'

function compareText(a: string, b: string): number {
  // Code-unit order, not localeCompare: the same on every machine and locale.
  return a < b ? -1 : a > b ? 1 : 0
}

function byCodeThenKey(a: { code: string; key: string }, b: { code: string; key: string }): number {
  return compareText(a.code, b.code) || compareText(a.key, b.key)
}

function byKey(a: { key: string }, b: { key: string }): number {
  return compareText(a.key, b.key)
}

/**
 * A copy with buildings, rooms, sections and sensors sorted by code then key, and aisles
 * and doors by key (LAYC5).
 */
export function sortLayoutSnapshot(snapshot: LayoutSnapshot): LayoutSnapshot {
  return {
    schemaVersion: snapshot.schemaVersion,
    buildings: snapshot.buildings
      .map((b) => ({
        ...b,
        rooms: b.rooms
          .map((r) => ({
            ...r,
            sections: [...r.sections].sort(byCodeThenKey),
            aisles: [...r.aisles].sort(byKey),
            doors: [...r.doors].sort(byKey),
            sensors: [...r.sensors].sort(byCodeThenKey),
          }))
          .sort(byCodeThenKey),
      }))
      .sort(byCodeThenKey),
  }
}
