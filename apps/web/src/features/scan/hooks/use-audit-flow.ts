import type { FlowScan } from '../flows/flow-types.ts'
import { auditReducer, initialAuditState } from '../flows/audit-flow.ts'
import { useFlowMachine } from './use-flow-machine.ts'

export function useAuditFlow() {
  const [state, apply] = useFlowMachine(auditReducer, initialAuditState)
  return { state, onScan: (scan: FlowScan, text: string) => apply({ type: 'scan', scan, text }) }
}
