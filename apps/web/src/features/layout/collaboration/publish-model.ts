// The publish path's pure steps: read the canvas records out of the Y.Doc, turn them into
// a LayoutSnapshot with its problems, and phrase problems and diffs for people.
import {
  LAYOUT_YDOC,
  LayoutDiffSchema,
  layoutSnapshotFromRecords,
  type LayoutDiff,
  type LayoutIssue,
  type LayoutSnapshot,
} from '@growops/domain'
import type { TFunction } from 'i18next'
import type * as Y from 'yjs'
import { translateKey } from '../../../app/translate-key.ts'

export interface PublishCheck {
  snapshot: LayoutSnapshot | null
  issues: LayoutIssue[]
}

/** Every document record of the layout as stored in the Y.Doc (shapes, pages, …). */
export function readCanvasRecords(doc: Y.Doc): unknown[] {
  return [...doc.getMap<unknown>(LAYOUT_YDOC.records).values()]
}

/** The snapshot a publish would send, or the problems that stop it. */
export function checkLayoutForPublish(doc: Y.Doc): PublishCheck {
  return layoutSnapshotFromRecords(readCanvasRecords(doc))
}

const KINDS = new Set([
  'building',
  'room',
  'section',
  'table',
  'rack',
  'aisle',
  'door',
  'sensor',
  'property',
])

/**
 * A translated sentence for an issue from its code and params; the domain's English
 * message when this build has no translation for the code.
 */
export function issueMessage(t: TFunction, issue: LayoutIssue): string {
  const params: Record<string, unknown> = { ...issue.params }
  const kind = issue.params.kind
  if (typeof kind === 'string' && KINDS.has(kind))
    params.kind = translateKey(t, `layoutCollab.kinds.${kind}`)
  const problem = issue.params.problem
  if (typeof problem === 'string') {
    params.problem = translateKey(t, `lookup.problems.${problem}`, { defaultValue: problem })
  }
  return translateKey(t, `layoutCollab.issues.${issue.code}`, {
    ...params,
    defaultValue: issue.message,
  })
}

/** A publish is possible only when no removal is blocked by a plant. */
export function isPublishBlocked(diff: LayoutDiff): boolean {
  return diff.blocked.length > 0
}

/** At most `max` items, joined for a sentence; "…" when there were more. */
export function listSample(items: readonly string[], max = 8): string {
  const shown = items.slice(0, max).join(', ')
  return items.length > max ? `${shown}, …` : shown
}

/** The plants named by a LAYOUT.REMOVAL_BLOCKED error's details (empty when absent or malformed). */
export function blockedFromErrorDetails(details: Record<string, unknown>): LayoutDiff['blocked'] {
  const parsed = LayoutDiffSchema.shape.blocked.safeParse(details.blocked)
  return parsed.success ? parsed.data : []
}
