export {
  auditHashInput,
  canonicalJson,
  findChainBreak,
  toAuditJson,
  type AuditEntryContent,
  type ChainBreak,
  type ChainLink,
} from './audit-chain.ts'
