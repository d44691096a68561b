import type { useAuditFlow } from '../hooks/use-audit-flow.ts'

export function AuditPanel({ flow }: { flow: ReturnType<typeof useAuditFlow> }) {
  return <div data-walk={flow.state.walkId ?? ''} />
}
