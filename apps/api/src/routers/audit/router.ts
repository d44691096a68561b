import { router } from '../../trpc/init.ts'
import { auditAuditProcedures } from './audit.ts'

export const auditRouter = router({ ...auditAuditProcedures })
