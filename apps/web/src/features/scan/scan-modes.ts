// What the scanner's flows are for, and which of them a role may use: a flow the api would
// refuse is not offered (STAFF never sees the audit walk; read-only roles only look up).
import { accessLevel, canPerform, type Role } from '@growops/domain'

export const SCAN_MODES = ['lookup', 'move', 'place', 'harvest', 'audit'] as const
export type ScanMode = (typeof SCAN_MODES)[number]

/**
 * The flows `role` can carry out. Looking up needs read access to cultivation ops; moving,
 * quick place and harvest need write access (STAFF's limited access counts: the api narrows
 * it to their assigned batches); an audit walk compares every plant of a room, whatever its
 * batch, so it needs full access (walk-access.ts in the api).
 */
export function scanModesFor(role: Role): ScanMode[] {
  const allowed: Record<ScanMode, boolean> = {
    lookup: canPerform(role, 'read', 'CULTIVATION_OPS', { own: true }),
    move: canPerform(role, 'write', 'CULTIVATION_OPS', { own: true }),
    place: canPerform(role, 'write', 'CULTIVATION_OPS', { own: true }),
    harvest: canPerform(role, 'write', 'CULTIVATION_OPS', { own: true }),
    audit: accessLevel(role, 'CULTIVATION_OPS') === 'FULL',
  }
  return SCAN_MODES.filter((mode) => allowed[mode])
}

/** The mode in the address when the role may use it, else looking up. */
export function readScanMode(value: string | null, allowed: readonly ScanMode[]): ScanMode {
  return allowed.find((mode) => mode === value) ?? 'lookup'
}
