// Which stored row a snapshot element keeps (LAYR2): its `entityId`, else the canvas key
// stored in a row's layout, else the same code under the stored row its parent kept. Each
// pass runs over every element before the next, so a weaker match never takes a row a
// stronger one claims.
import { readStoredLayout } from './current-hierarchy.ts'

export interface SnapshotCandidate {
  key: string
  entityId?: string | undefined
  code: string
  /** The stored id the element's parent kept; null for a new parent (or none). */
  parentId: string | null
}

export interface StoredCandidate {
  id: string
  code: string
  layout: unknown
  parentId: string
}

/** Snapshot key → the stored row it keeps; elements absent from the map are created. */
export function matchEntities(
  snapshot: readonly SnapshotCandidate[],
  stored: readonly StoredCandidate[],
): Map<string, StoredCandidate> {
  const matched = new Map<string, StoredCandidate>()
  const claimed = new Set<string>()
  const claim = (key: string, row: StoredCandidate | undefined): void => {
    if (row === undefined || claimed.has(row.id) || matched.has(key)) return
    matched.set(key, row)
    claimed.add(row.id)
  }

  const byId = new Map(stored.map((row) => [row.id, row]))
  for (const element of snapshot) {
    if (element.entityId !== undefined) claim(element.key, byId.get(element.entityId))
  }

  const byKey = new Map<string, StoredCandidate>()
  for (const row of stored) {
    const key = readStoredLayout(row.layout)?.key
    if (key !== undefined && !byKey.has(key)) byKey.set(key, row)
  }
  for (const element of snapshot) claim(element.key, byKey.get(element.key))

  const byParentCode = new Map<string, StoredCandidate>()
  for (const row of stored) {
    if (!claimed.has(row.id)) byParentCode.set(`${row.parentId}\u0000${row.code}`, row)
  }
  for (const element of snapshot) {
    if (element.parentId === null) continue
    claim(element.key, byParentCode.get(`${element.parentId}\u0000${element.code}`))
  }
  return matched
}
