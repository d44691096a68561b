import type { FlowOutcome } from '../flows/flow-types.ts'
import { submitScanAction, type ScanAction } from '../offline/index.ts'

/** Sends an action through the offline queue; its answer as the flows record it. */
export async function submitForFlow(action: ScanAction): Promise<FlowOutcome> {
  try {
    const result = await submitScanAction(action)
    if (result.status === 'conflict') return { status: 'conflict', message: result.error.message }
    return { status: result.status }
  } catch (error) {
    // The queue keeps what it could not store or send; this is a fault of the page itself.
    return { status: 'conflict', message: error instanceof Error ? error.message : String(error) }
  }
}
