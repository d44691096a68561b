// The audit procedures of the audit group. Procedures are added here as they are built;
// one file per procedure beside this one.
export const auditAuditProcedures = {}
