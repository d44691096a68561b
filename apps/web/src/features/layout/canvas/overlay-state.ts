// Per-editor reactive state the layout shapes read while drawing: which shapes have
// validation issues (red outline) and the live occupancy of each section. Kept beside the
// editor (not in the Y.Doc): it is derived, per viewer, and never published.
import type { Editor } from 'tldraw'
import { atom, type Atom } from 'tldraw'

export type CellStatus = 'E' | 'O' | 'R' | 'D'

/** Live status of one section's cells, keyed `row:column` (slot 1 shown; others summarised). */
export interface SectionOccupancyView {
  cells: ReadonlyMap<string, { status: CellStatus; colour: string | null }>
}

export interface CanvasOverlays {
  /** Shape id → number of issues naming it. */
  issueShapeIds: Atom<ReadonlyMap<string, number>>
  /** Shape id → its section's occupancy; null when the overlay is off. */
  occupancy: Atom<ReadonlyMap<string, SectionOccupancyView> | null>
}

const overlaysByEditor = new WeakMap<Editor, CanvasOverlays>()

export function canvasOverlays(editor: Editor): CanvasOverlays {
  let overlays = overlaysByEditor.get(editor)
  if (!overlays) {
    overlays = {
      issueShapeIds: atom('layout issue shape ids', new Map<string, number>()),
      occupancy: atom<ReadonlyMap<string, SectionOccupancyView> | null>('layout occupancy', null),
    }
    overlaysByEditor.set(editor, overlays)
  }
  return overlays
}

export function cellKey(row: number, column: number): string {
  return `${row}:${column}`
}

export const CELL_STATUS_COLOURS: Record<CellStatus, string> = {
  E: '#e8f3ec',
  O: '#2f7d4f',
  R: '#d9a21b',
  D: '#b23b3b',
}
