// The version workflow of a compliance document (CDOC2–CDOC6) as a pure state machine:
// DRAFT → IN_REVIEW (submit) → APPROVED (approve) → SUPERSEDED (a newer version is approved);
// IN_REVIEW → DRAFT (send back with a note). Who may take each step is decided here too, so
// the api enforces and the web offers exactly the same actions.
import { DomainError } from '../errors/domain-error.ts'
import { canPerform } from '../rbac/access.ts'
import type { Role } from '../rbac/access.schema.ts'
import type { DocumentVersionStatus } from './compliance.schema.ts'

/** What can be done to one version. */
export type DocumentVersionAction = 'edit' | 'submit' | 'approve' | 'sendBack'

const TRANSITIONS: Readonly<
  Record<DocumentVersionAction, { from: DocumentVersionStatus; to: DocumentVersionStatus }>
> = {
  edit: { from: 'DRAFT', to: 'DRAFT' },
  submit: { from: 'DRAFT', to: 'IN_REVIEW' },
  approve: { from: 'IN_REVIEW', to: 'APPROVED' },
  sendBack: { from: 'IN_REVIEW', to: 'DRAFT' },
}

/**
 * The status a version moves to when `action` is taken from `from` (CDOC2).
 *
 * @throws DomainError `DOCUMENT.INVALID_TRANSITION` with `{ from, action, allowedFrom }`.
 */
export function nextVersionStatus(
  from: DocumentVersionStatus,
  action: DocumentVersionAction,
): DocumentVersionStatus {
  const transition = TRANSITIONS[action]
  if (transition.from === from) return transition.to
  throw new DomainError(
    'DOCUMENT.INVALID_TRANSITION',
    `A ${from.toLowerCase().replace('_', ' ')} version cannot be ${ACTION_WORDS[action]}; only a ${transition.from.toLowerCase().replace('_', ' ')} one can.`,
    { from, action, allowedFrom: transition.from },
  )
}

const ACTION_WORDS: Readonly<Record<DocumentVersionAction, string>> = {
  edit: 'edited',
  submit: 'submitted for review',
  approve: 'approved',
  sendBack: 'sent back',
}

export interface VersionState {
  id: string
  version: number
  status: DocumentVersionStatus
}

/** The approved version, if any: there is at most one (CDOC3). */
export function approvedVersionOf<V extends VersionState>(versions: readonly V[]): V | null {
  return versions.find((version) => version.status === 'APPROVED') ?? null
}

/** The version being worked on (a draft or in review), if any: at most one (CDOC4). */
export function openVersionOf<V extends VersionState>(versions: readonly V[]): V | null {
  return versions.find((v) => v.status === 'DRAFT' || v.status === 'IN_REVIEW') ?? null
}

/**
 * What approving `versionId` changes (CDOC3): it becomes APPROVED and the version approved
 * before it, if any, SUPERSEDED, so exactly one version is approved afterwards.
 *
 * @throws DomainError `NOT_FOUND` when the version is not one of `versions`;
 *   `DOCUMENT.INVALID_TRANSITION` when it is not in review.
 */
export function planApproval<V extends VersionState>(
  versions: readonly V[],
  versionId: string,
): { approve: V; supersede: V | null } {
  const target = versions.find((version) => version.id === versionId)
  if (!target) {
    throw new DomainError('NOT_FOUND', 'No such version of this document.', { versionId })
  }
  nextVersionStatus(target.status, 'approve')
  return { approve: target, supersede: approvedVersionOf(versions) }
}

/**
 * The number of the next draft and the version its content starts from (CDOC4): the approved
 * one, else the latest. A document has at most one open version, so a second is refused.
 *
 * @throws DomainError `DOCUMENT.INVALID_TRANSITION` with `{ openVersion, openStatus }`.
 */
export function planNewVersion<V extends VersionState>(
  versions: readonly V[],
): { version: number; basedOn: V | null } {
  const open = openVersionOf(versions)
  if (open) {
    throw new DomainError(
      'DOCUMENT.INVALID_TRANSITION',
      `Version ${open.version} is still ${open.status === 'DRAFT' ? 'a draft' : 'in review'}; finish it before starting another.`,
      { openVersion: open.version, openStatus: open.status },
    )
  }
  const latest = versions.reduce<V | null>(
    (best, version) => (best === null || version.version > best.version ? version : best),
    null,
  )
  return { version: (latest?.version ?? 0) + 1, basedOn: approvedVersionOf(versions) ?? latest }
}

/** Whether a version has something to read: text or a file (CDOC2: needed to submit). */
export function hasVersionContent(version: { body: string | null; fileId: string | null }) {
  return (version.body !== null && version.body.trim() !== '') || version.fileId !== null
}

export interface DocumentActor {
  userId: string
  role: Role
}

export interface VersionAuthorship {
  status: DocumentVersionStatus
  createdById: string
  submittedById: string | null
}

/**
 * Separation of duties (CDOC5): nobody approves a version they wrote or submitted, whatever
 * their role. There is no OWNER exception: an auditor expects two people on every approved
 * document, and an owner who wrote one asks the compliance manager (or another owner).
 */
export function isOwnVersion(actor: DocumentActor, version: VersionAuthorship): boolean {
  return version.createdById === actor.userId || version.submittedById === actor.userId
}

/**
 * The actions `actor` may take on `version` now (CDOC2, CDOC5): editing, submitting, sending
 * back and approving need COMPLIANCE FULL (OWNER, COMPLIANCE_MANAGER) and a document that is
 * not archived; approving also needs someone other than the author and the submitter.
 */
export function allowedVersionActions(
  actor: DocumentActor,
  version: VersionAuthorship,
  document: { archived: boolean },
): DocumentVersionAction[] {
  if (document.archived || !canPerform(actor.role, 'write', 'COMPLIANCE')) return []
  const actions: DocumentVersionAction[] = []
  for (const action of ['edit', 'submit', 'approve', 'sendBack'] as const) {
    if (TRANSITIONS[action].from !== version.status) continue
    if (action === 'approve' && isOwnVersion(actor, version)) continue
    actions.push(action)
  }
  return actions
}

/**
 * {@link allowedVersionActions}, throwing the error that explains a refusal: archived or
 * wrong state `DOCUMENT.INVALID_TRANSITION`/`DOCUMENT.ARCHIVED`, no access `AUTH.FORBIDDEN`,
 * own version `DOCUMENT.SELF_APPROVAL`.
 */
export function assertVersionAction(
  actor: DocumentActor,
  version: VersionAuthorship,
  document: { archived: boolean },
  action: DocumentVersionAction,
): DocumentVersionStatus {
  if (!canPerform(actor.role, 'write', 'COMPLIANCE')) {
    throw new DomainError('AUTH.FORBIDDEN', `${actor.role} may not change compliance documents.`, {
      role: actor.role,
      action: 'write',
      area: 'COMPLIANCE',
    })
  }
  if (document.archived) {
    throw new DomainError('DOCUMENT.ARCHIVED', 'This document is archived; it no longer changes.')
  }
  const next = nextVersionStatus(version.status, action)
  if (action === 'approve' && isOwnVersion(actor, version)) {
    throw new DomainError(
      'DOCUMENT.SELF_APPROVAL',
      'You wrote or submitted this version; someone else with compliance access must approve it.',
      { createdById: version.createdById, submittedById: version.submittedById },
    )
  }
  return next
}
