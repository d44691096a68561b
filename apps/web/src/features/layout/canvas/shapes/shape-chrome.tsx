// Pieces every layout shape draws: the red outline of a shape with validation issues and
// its title. Font sizes are in canvas units, so labels scale with the drawing.
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import { canvasOverlays } from '../overlay-state.ts'

export const ISSUE_COLOUR = '#d0021b'

export function useHasIssue(editor: Editor, id: TLShapeId): boolean {
  return useValue('shape has issue', () => canvasOverlays(editor).issueShapeIds.get().has(id), [
    editor,
    id,
  ])
}

export function useZoom(editor: Editor): number {
  return useValue('zoom', () => editor.getZoomLevel(), [editor])
}

export function IssueOutline({ w, h, show }: { w: number; h: number; show: boolean }) {
  if (!show) return null
  return (
    <rect
      x={-2}
      y={-2}
      width={w + 4}
      height={h + 4}
      fill="none"
      stroke={ISSUE_COLOUR}
      strokeWidth={3}
      strokeDasharray="8 4"
      vectorEffect="non-scaling-stroke"
      data-testid="layout-issue-outline"
    />
  )
}

/** A title drawn at the shape's top-left, readable at any zoom (never below 11px on screen). */
export function ShapeTitle({
  x,
  y,
  text,
  zoom,
  size = 12,
  colour = '#1d2b22',
}: {
  x: number
  y: number
  text: string
  zoom: number
  size?: number
  colour?: string
}) {
  if (text === '') return null
  const fontSize = Math.max(size, 11 / zoom)
  return (
    <text
      x={x}
      y={y + fontSize}
      fontSize={fontSize}
      fontFamily="system-ui, sans-serif"
      fontWeight={600}
      fill={colour}
    >
      {text}
    </text>
  )
}

export function rectPath(w: number, h: number): Path2D {
  const path = new Path2D()
  path.rect(0, 0, w, h)
  return path
}
