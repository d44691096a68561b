export {
  auditHashInput,
  canonicalJson,
  findChainBreak,
  toAuditJson,
  type AuditEntryContent,
  type ChainBreak,
  type ChainLink,
} from './audit-chain.ts'
export {
  AUDIT_CSV_COLUMNS,
  auditCsvFileName,
  auditCsvHeader,
  auditCsvLine,
  csvCell,
  csvLine,
  type AuditCsvEntry,
} from './audit-csv.ts'
export {
  AUDIT_LIST_DEFAULT_LIMIT,
  AUDIT_LIST_MAX_LIMIT,
  AuditExportQuerySchema,
  AuditFiltersSchema,
  AuditInstantSchema,
  AuditListInputSchema,
  AuditSeqSchema,
  resolveAuditRange,
  type AuditExportQuery,
  type AuditFilters,
  type AuditListInput,
  type AuditRange,
  type AuditSeq,
} from './audit-query.schema.ts'
