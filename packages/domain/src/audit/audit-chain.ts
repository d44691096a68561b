// The audit log's hash chain: each entry's hash covers the previous entry's hash and the
// entry's own content, so changing or removing any row breaks every link after it.

/** What one audit entry records. `before`/`after` are plain JSON (no Dates, no undefined). */
export interface AuditEntryContent {
  organizationId: string | null
  actorId: string | null
  action: string
  entityType: string
  entityId: string
  before: unknown
  after: unknown
  /** ISO 8601 with milliseconds, as stored. */
  createdAt: string
}

function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize)
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(entries.map(([key, item]) => [key, canonicalize(item)]))
  }
  return value
}

/**
 * JSON with object keys sorted at every depth, so the same content always gives the same
 * text (PostgreSQL's jsonb does not keep key order).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalize(value ?? null))
}

/** The exact text whose SHA-256 is an entry's hash ([AUD1]). */
export function auditHashInput(previousHash: string | null, entry: AuditEntryContent): string {
  return canonicalJson([
    previousHash ?? '',
    entry.organizationId,
    entry.actorId,
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.before ?? null,
    entry.after ?? null,
    entry.createdAt,
  ])
}

/** Makes a value plain JSON (Dates → ISO strings, undefined dropped), as jsonb will hold it. */
export function toAuditJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown)
}

export interface ChainLink {
  seq: bigint | number
  prevHash: string | null
  hash: string
  content: AuditEntryContent
}

export type ChainBreak =
  | { seq: string; reason: 'PREVIOUS_HASH_MISMATCH'; expected: string | null; found: string | null }
  | { seq: string; reason: 'HASH_MISMATCH'; expected: string; found: string }

/**
 * Walks links in order from `previousHash` and returns the first broken one, or null.
 * `hash` computes SHA-256 hex (the caller supplies it: this package has no crypto).
 */
export function findChainBreak(
  links: Iterable<ChainLink>,
  previousHash: string | null,
  hash: (text: string) => string,
): { broken: ChainBreak | null; lastHash: string | null; checked: number } {
  let expectedPrevious = previousHash
  let checked = 0
  for (const link of links) {
    if ((link.prevHash ?? null) !== expectedPrevious) {
      return {
        broken: {
          seq: String(link.seq),
          reason: 'PREVIOUS_HASH_MISMATCH',
          expected: expectedPrevious,
          found: link.prevHash,
        },
        lastHash: expectedPrevious,
        checked,
      }
    }
    const recomputed = hash(auditHashInput(link.prevHash, link.content))
    if (recomputed !== link.hash) {
      return {
        broken: {
          seq: String(link.seq),
          reason: 'HASH_MISMATCH',
          expected: recomputed,
          found: link.hash,
        },
        lastHash: expectedPrevious,
        checked,
      }
    }
    expectedPrevious = link.hash
    checked++
  }
  return { broken: null, lastHash: expectedPrevious, checked }
}
