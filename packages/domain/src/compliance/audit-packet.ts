// What goes into an audit packet (CDOC11, CDOC12): which document versions were in force in
// the range, where each file sits in the zip, the CSV files' lines and the README manifest.
// Reading rows, files and hashing bytes is the api's job.
import { csvLine } from '../audit/audit-csv.ts'

export interface PacketRange {
  /** Inclusive. */
  from: Date
  /** Exclusive. */
  to: Date
}

/**
 * Whether a version was in force at some point of the range (CDOC11): approved before the
 * range ends and not superseded before it starts. Drafts and versions in review never were.
 */
export function wasInForceDuring(
  version: { status: string; approvedAt: Date | null; supersededAt: Date | null },
  range: PacketRange,
): boolean {
  if (version.status !== 'APPROVED' && version.status !== 'SUPERSEDED') return false
  if (version.approvedAt === null || version.approvedAt.getTime() >= range.to.getTime()) {
    return false
  }
  return version.supersededAt === null || version.supersededAt.getTime() >= range.from.getTime()
}

/**
 * A name that is safe as one path segment in a zip on every system (CDOC12): letters, digits,
 * `.`, `_` and `-` kept, anything else `_`; no leading dot (no `..`), at most 100 characters.
 */
export function packetPathSegment(text: string): string {
  const safe = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 100)
  return safe === '' ? '_' : safe
}

/** Where a version's text and file go: `documents/<CODE>/v<n>.md` and `v<n>-<file name>`. */
export function documentVersionPaths(
  code: string,
  version: number,
  fileName: string | null,
): { body: string; file: string | null } {
  const folder = `documents/${packetPathSegment(code)}`
  return {
    body: `${folder}/v${version}.md`,
    file: fileName === null ? null : `${folder}/v${version}-${packetPathSegment(fileName)}`,
  }
}

/** The room part (`PROPERTY.BUILDING.ROOM`) of a position address; null when there is none. */
export function roomAddressOf(address: string | null): string | null {
  if (address === null) return null
  const segments = address.split('.')
  return segments.length >= 3 ? segments.slice(0, 3).join('.') : null
}

export interface PacketMove {
  movedAt: Date
  fromAddress: string | null
  toAddress: string | null
}

export type MoveDirection = 'IN' | 'OUT' | 'WITHIN'

/**
 * Moves grouped by room (CDOC12): a move between rooms is listed under both, as OUT of one and
 * IN to the other; a move inside a room once, as WITHIN. Rooms in address order, moves in the
 * order given.
 */
export function groupMovesByRoom<M extends PacketMove>(
  moves: readonly M[],
): Map<string, { move: M; direction: MoveDirection }[]> {
  const rooms = new Map<string, { move: M; direction: MoveDirection }[]>()
  const add = (room: string, move: M, direction: MoveDirection) => {
    const list = rooms.get(room) ?? []
    list.push({ move, direction })
    rooms.set(room, list)
  }
  for (const move of moves) {
    const from = roomAddressOf(move.fromAddress)
    const to = roomAddressOf(move.toAddress)
    if (from !== null && from === to) {
      add(from, move, 'WITHIN')
      continue
    }
    if (from !== null) add(from, move, 'OUT')
    if (to !== null) add(to, move, 'IN')
  }
  return new Map([...rooms.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

export const DOCUMENTS_CSV_COLUMNS = [
  'code',
  'kind',
  'title',
  'version',
  'status',
  'effectiveFrom',
  'expiresAt',
  'submittedBy',
  'submittedAt',
  'approvedBy',
  'approvedAt',
  'supersededAt',
  'requiredAckRoles',
  'acknowledged',
  'required',
  'files',
] as const

export interface DocumentsCsvRow {
  code: string
  kind: string
  title: string
  version: number
  status: string
  effectiveFrom: Date | null
  expiresAt: Date | null
  submittedBy: string | null
  submittedAt: Date | null
  approvedBy: string | null
  approvedAt: Date | null
  supersededAt: Date | null
  requiredAckRoles: readonly string[]
  acknowledged: number
  required: number
  /** Paths in the packet, joined with a space. */
  files: readonly string[]
}

function iso(date: Date | null): string | null {
  return date === null ? null : date.toISOString()
}

/** `documents.csv`: one formula-safe line per version in the packet, with its header. */
export function documentsCsv(rows: readonly DocumentsCsvRow[]): string {
  return [
    csvLine(DOCUMENTS_CSV_COLUMNS),
    ...rows.map((row) =>
      csvLine([
        row.code,
        row.kind,
        row.title,
        String(row.version),
        row.status,
        iso(row.effectiveFrom),
        iso(row.expiresAt),
        row.submittedBy,
        iso(row.submittedAt),
        row.approvedBy,
        iso(row.approvedAt),
        iso(row.supersededAt),
        row.requiredAckRoles.join(' '),
        String(row.acknowledged),
        String(row.required),
        row.files.join(' '),
      ]),
    ),
  ].join('')
}

export const LOCATION_HISTORY_CSV_COLUMNS = [
  'movedAt',
  'direction',
  'plantTag',
  'fromAddress',
  'toAddress',
  'reason',
  'movedBy',
] as const

export interface LocationHistoryCsvRow extends PacketMove {
  plantTag: string
  reason: string | null
  movedBy: string | null
}

/** One room's `plant-location-history/<room>.csv`. */
export function locationHistoryCsv(
  entries: readonly { move: LocationHistoryCsvRow; direction: MoveDirection }[],
): string {
  return [
    csvLine(LOCATION_HISTORY_CSV_COLUMNS),
    ...entries.map(({ move, direction }) =>
      csvLine([
        move.movedAt.toISOString(),
        direction,
        move.plantTag,
        move.fromAddress,
        move.toAddress,
        move.reason,
        move.movedBy,
      ]),
    ),
  ].join('')
}

export const VISITOR_LOG_CSV_COLUMNS = [
  'visitorName',
  'company',
  'purpose',
  'property',
  'host',
  'status',
  'checkedInAt',
  'checkedOutAt',
  'idCheckedAt',
  'safetyAgreedAt',
] as const

export interface VisitorLogCsvRow {
  visitorName: string
  company: string | null
  purpose: string
  property: string
  host: string
  status: string
  checkedInAt: Date | null
  checkedOutAt: Date | null
  idCheckedAt: Date | null
  safetyAgreedAt: Date | null
}

/** `visitor-log.csv`. */
export function visitorLogCsv(rows: readonly VisitorLogCsvRow[]): string {
  return [
    csvLine(VISITOR_LOG_CSV_COLUMNS),
    ...rows.map((row) =>
      csvLine([
        row.visitorName,
        row.company,
        row.purpose,
        row.property,
        row.host,
        row.status,
        iso(row.checkedInAt),
        iso(row.checkedOutAt),
        iso(row.idCheckedAt),
        iso(row.safetyAgreedAt),
      ]),
    ),
  ].join('')
}

export interface PacketFileEntry {
  path: string
  bytes: number
  sha256: string
}

export interface PacketManifest {
  organization: string
  property: string | null
  range: PacketRange
  generatedAt: Date
  counts: Readonly<Record<string, number>>
  files: readonly PacketFileEntry[]
}

/**
 * `README.txt` (CDOC12): what the packet is, its counts, each file's size, and one
 * `sha256sum`-style line per file (`<hex>  <path>`), so `sha256sum -c` can check an unzipped
 * packet (it skips the other lines with a warning).
 */
export function packetManifest(manifest: PacketManifest): string {
  const lines = [
    'GrowOps audit packet',
    `Organization: ${manifest.organization}`,
    `Property: ${manifest.property ?? 'all properties'}`,
    `Range: ${manifest.range.from.toISOString()} (inclusive) to ${manifest.range.to.toISOString()} (exclusive)`,
    `Generated: ${manifest.generatedAt.toISOString()}`,
    '',
    'Counts:',
    ...Object.entries(manifest.counts).map(([name, count]) => `  ${name}: ${count}`),
    '',
    `Files (${manifest.files.length}, bytes):`,
    ...manifest.files.map((file) => `  ${file.path}  ${file.bytes}`),
    '',
    'SHA-256 (check with: sha256sum -c README.txt):',
    ...manifest.files.map((file) => `${file.sha256}  ${file.path}`),
    '',
  ]
  return lines.join('\n')
}
