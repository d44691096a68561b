// What an audit walk found against what the database records for its room (WALK1–WALK4):
// pure, so the live view and the frozen report are the same computation.

/** A plant the database records at a position of the walked room. */
export interface ExpectedPlant {
  plantId: string
  tag: string
  positionId: string
  address: string
}

/** One scan of the walk: a position visited, with the plant found there (null: empty). */
export interface WalkScan {
  positionId: string
  address: string
  plantTag: string | null
  /** ISO time; scans are replayed in this order (ties keep the given order). */
  scannedAt: string
}

/** A scanned tag's plant as the database knows it (recorded elsewhere or not placed). */
export interface KnownPlant {
  plantId: string
  tag: string
  address: string | null
}

export type PositionVerdict = 'MATCH' | 'EMPTY' | 'NOT_FOUND' | 'UNEXPECTED' | 'DIFFERENT'

export interface ComparedPosition {
  positionId: string
  address: string
  expectedTag: string | null
  foundTag: string | null
  verdict: PositionVerdict
}

export interface MissingPlant {
  plantId: string
  tag: string
  expectedPositionId: string
  expectedAddress: string
  /** Whether its recorded position was scanned (found empty or holding another plant). */
  positionScanned: boolean
}

export interface UnexpectedPlant {
  tag: string
  foundPositionId: string
  foundAddress: string
  /** Null when no plant of the organization has this tag. */
  plantId: string | null
  /** Where the database records it (null: not placed, or unknown tag). */
  recordedAddress: string | null
}

export interface MisplacedPlant {
  plantId: string
  tag: string
  expectedPositionId: string
  expectedAddress: string
  foundPositionId: string
  foundAddress: string
}

export interface AuditWalkComparison {
  /** Every scanned position, by address. */
  positions: ComparedPosition[]
  missing: MissingPlant[]
  unexpected: UnexpectedPlant[]
  wrongPosition: MisplacedPlant[]
  counts: {
    expected: number
    scannedPositions: number
    found: number
    matched: number
    missing: number
    unexpected: number
    wrongPosition: number
  }
}

interface Found {
  /** Position id → tag found there (null: scanned empty). */
  contents: Map<string, string | null>
  /** Tag → position id where it was last found. */
  places: Map<string, string>
  addresses: Map<string, string>
}

/**
 * Replays the scans (WALK2): a position's latest scan says what it holds; a tag found again
 * elsewhere leaves the position it was found at before, which is then empty.
 */
function replayScans(scans: readonly WalkScan[]): Found {
  const ordered = scans
    .map((scan, index) => ({ scan, index }))
    .toSorted((a, b) => a.scan.scannedAt.localeCompare(b.scan.scannedAt) || a.index - b.index)
  const contents = new Map<string, string | null>()
  const places = new Map<string, string>()
  const addresses = new Map<string, string>()
  for (const { scan } of ordered) {
    addresses.set(scan.positionId, scan.address)
    const before = contents.get(scan.positionId)
    if (before) places.delete(before)
    if (scan.plantTag !== null) {
      const previous = places.get(scan.plantTag)
      if (previous !== undefined) contents.set(previous, null)
      places.set(scan.plantTag, scan.positionId)
    }
    contents.set(scan.positionId, scan.plantTag)
  }
  return { contents, places, addresses }
}

/** How a scanned position compares: what is recorded there against what was found. */
export function positionVerdict(expected: string | null, found: string | null): PositionVerdict {
  if (expected === found) return expected === null ? 'EMPTY' : 'MATCH'
  if (expected === null) return 'UNEXPECTED'
  return found === null ? 'NOT_FOUND' : 'DIFFERENT'
}

const byAddress =
  <T>(address: (item: T) => string) =>
  (a: T, b: T) =>
    address(a).localeCompare(address(b))

/**
 * Compares a walk's scans with the plants recorded in its room (WALK3): `missing` expected
 * plants found nowhere, `wrongPosition` expected plants found at another position of the room,
 * `unexpected` plants found that the room does not expect (`known` says where they are
 * recorded). Positions never scanned are not judged, except that their plants are missing.
 */
export function compareAuditWalk(
  expected: readonly ExpectedPlant[],
  scans: readonly WalkScan[],
  known: readonly KnownPlant[] = [],
): AuditWalkComparison {
  const found = replayScans(scans)
  const expectedByTag = new Map(expected.map((plant) => [plant.tag, plant]))
  const expectedAt = new Map(expected.map((plant) => [plant.positionId, plant.tag]))
  const knownByTag = new Map(known.map((plant) => [plant.tag, plant]))
  const address = (positionId: string) => found.addresses.get(positionId) ?? ''

  const positions = [...found.contents].map(([positionId, foundTag]) => {
    const expectedTag = expectedAt.get(positionId) ?? null
    return {
      positionId,
      address: address(positionId),
      expectedTag,
      foundTag,
      verdict: positionVerdict(expectedTag, foundTag),
    }
  })
  const missing: MissingPlant[] = []
  const wrongPosition: MisplacedPlant[] = []
  let matched = 0
  for (const plant of expected) {
    const at = found.places.get(plant.tag)
    const expectedFields = {
      plantId: plant.plantId,
      tag: plant.tag,
      expectedPositionId: plant.positionId,
      expectedAddress: plant.address,
    }
    if (at === plant.positionId) matched += 1
    else if (at === undefined) {
      missing.push({ ...expectedFields, positionScanned: found.contents.has(plant.positionId) })
    } else wrongPosition.push({ ...expectedFields, foundPositionId: at, foundAddress: address(at) })
  }
  const unexpected: UnexpectedPlant[] = [...found.places]
    .filter(([tag]) => !expectedByTag.has(tag))
    .map(([tag, positionId]) => {
      const plant = knownByTag.get(tag)
      return {
        tag,
        foundPositionId: positionId,
        foundAddress: address(positionId),
        plantId: plant?.plantId ?? null,
        recordedAddress: plant?.address ?? null,
      }
    })
  return {
    positions: positions.toSorted(byAddress((item) => item.address)),
    missing: missing.toSorted(byAddress((item) => item.expectedAddress)),
    unexpected: unexpected.toSorted(byAddress((item) => item.foundAddress)),
    wrongPosition: wrongPosition.toSorted(byAddress((item) => item.expectedAddress)),
    counts: {
      expected: expected.length,
      scannedPositions: found.contents.size,
      found: found.places.size,
      matched,
      missing: missing.length,
      unexpected: unexpected.length,
      wrongPosition: wrongPosition.length,
    },
  }
}
