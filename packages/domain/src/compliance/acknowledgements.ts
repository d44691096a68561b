// Acknowledgement tracking (CDOC7, CDOC8): the members whose role a document names must each
// acknowledge its approved version; a new approved version starts the count again.
import { canPerform } from '../rbac/access.ts'
import type { Role } from '../rbac/access.schema.ts'

/** Whether a member with `role` must acknowledge a document requiring `requiredAckRoles`. */
export function mustAcknowledge(requiredAckRoles: readonly Role[], role: Role): boolean {
  return requiredAckRoles.includes(role)
}

/**
 * Whether a member may read a document (CDOC7): COMPLIANCE read access (every role but STAFF)
 * reads every version; anyone else reads only the approved version, and only of a document
 * that requires their role.
 */
export function canReadDocument(
  role: Role,
  requiredAckRoles: readonly Role[],
  status: 'APPROVED' | 'OTHER',
): boolean {
  if (canPerform(role, 'read', 'COMPLIANCE')) return true
  return status === 'APPROVED' && mustAcknowledge(requiredAckRoles, role)
}

export interface AckMember {
  userId: string
  role: Role
}

export interface AckRecord {
  userId: string
  acknowledgedAt: Date
}

export interface AcknowledgementProgress<M extends AckMember> {
  /** Members who must acknowledge. */
  required: number
  acknowledged: (M & { acknowledgedAt: Date })[]
  /** Who must and has not yet, in the order members were given. */
  pending: M[]
}

/**
 * Who of the members in the required roles has and has not acknowledged the approved version
 * (CDOC8). Acknowledgements by members outside those roles (their role changed, or the
 * document's roles did) are not counted.
 */
export function acknowledgementProgress<M extends AckMember>(
  members: readonly M[],
  acks: readonly AckRecord[],
  requiredAckRoles: readonly Role[],
): AcknowledgementProgress<M> {
  const ackedAt = new Map(acks.map((ack) => [ack.userId, ack.acknowledgedAt]))
  const progress: AcknowledgementProgress<M> = { required: 0, acknowledged: [], pending: [] }
  for (const member of members) {
    if (!mustAcknowledge(requiredAckRoles, member.role)) continue
    progress.required += 1
    const at = ackedAt.get(member.userId)
    if (at) progress.acknowledged.push({ ...member, acknowledgedAt: at })
    else progress.pending.push(member)
  }
  return progress
}
