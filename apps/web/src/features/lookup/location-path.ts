/** What position.locate answers, as far as navigation needs it. */
export interface LocatedAddress {
  level: string
  propertyId: string
  buildingId?: string | null
  roomId?: string | null
  sectionId?: string | null
  positionId?: string | null
}

/**
 * Where a located address is shown: a position or section in its room view, a room view,
 * or the facility tree opened at a building or property.
 */
export function pathForLocation(found: LocatedAddress): string {
  if (found.roomId) {
    const base = `/rooms/${encodeURIComponent(found.roomId)}`
    if (found.positionId) return `${base}?position=${encodeURIComponent(found.positionId)}`
    if (found.sectionId) return `${base}?section=${encodeURIComponent(found.sectionId)}`
    return base
  }
  if (found.buildingId) return `/facility?building=${encodeURIComponent(found.buildingId)}`
  return `/facility?property=${encodeURIComponent(found.propertyId)}`
}
