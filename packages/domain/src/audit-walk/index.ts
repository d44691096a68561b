export {
  compareAuditWalk,
  positionVerdict,
  type AuditWalkComparison,
  type ComparedPosition,
  type ExpectedPlant,
  type KnownPlant,
  type MisplacedPlant,
  type MissingPlant,
  type PositionVerdict,
  type UnexpectedPlant,
  type WalkScan,
} from './compare-walk.ts'
export { AUDIT_WALK_CSV_COLUMNS, auditWalkCsv, type AuditWalkFinding } from './audit-walk-csv.ts'
export {
  AuditWalkIdInputSchema,
  AuditWalkListInputSchema,
  AuditWalkScanInputSchema,
  AuditWalkStartInputSchema,
  type AuditWalkIdInput,
  type AuditWalkListInput,
  type AuditWalkScanInput,
  type AuditWalkStartInput,
} from './audit-walk.schema.ts'
