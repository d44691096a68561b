// The audit procedures of the audit group; one file per procedure beside this one.
import { list } from './list.ts'
import { verify } from './verify.ts'

export const auditAuditProcedures = { list, verify }
