// Where an opened label link leads, once the api has said what it names.
import type { RouterOutputs } from '../../app/trpc.ts'

export type ResolvedLabel = RouterOutputs['label']['resolve']

/**
 * The screen for a label: a plant opens the scanner with the code (its lookup takes it from
 * there); a batch its yield and weights; a position opens its room with the position selected;
 * a section its room with the section highlighted; a room its page.
 */
export function qrLinkTarget(resolved: ResolvedLabel, code: string): string {
  switch (resolved.kind) {
    case 'p':
      return `/scan?${new URLSearchParams({ code }).toString()}`
    case 'b':
      return `/harvest?${new URLSearchParams({ batch: resolved.batchId }).toString()}`
    case 'a':
      return `/rooms/${resolved.roomId}?${new URLSearchParams({ position: resolved.positionId }).toString()}`
    case 's':
      return `/rooms/${resolved.roomId}?${new URLSearchParams({ section: resolved.sectionId }).toString()}`
    case 'r':
      return `/rooms/${resolved.roomId}`
  }
}

/** Where a visitor badge opens: its visit, found by the badge code. */
export function visitorBadgePath(badgeCode: string): string {
  return `/visitors/badge/${encodeURIComponent(badgeCode)}`
}

/** The label link rebuilt from the route's parameters, as the scanner would have read it. */
export function qrLinkCode(params: { version?: string; kind?: string; value?: string }): string {
  return `/q/${params.version ?? ''}/${params.kind ?? ''}/${params.value ?? ''}`
}
