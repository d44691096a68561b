import type { TFunction } from 'i18next'
import { translateKey } from '../../../app/translate-key.ts'
import type { FlowOutcome } from '../flows/flow-types.ts'
import { submitScanAction, type ScanAction, type ScanActionError } from '../offline/index.ts'

/** The refusal in the person's language: the api's message key, else its English text. */
export function describeScanError(t: TFunction, error: ScanActionError): string {
  return error.messageKey
    ? translateKey(t, error.messageKey, { defaultValue: error.message })
    : error.message
}

/** Sends an action through the offline queue; its answer as the flows record it. */
export async function submitForFlow(action: ScanAction, t: TFunction): Promise<FlowOutcome> {
  try {
    const result = await submitScanAction(action)
    if (result.status === 'conflict')
      return { status: 'conflict', message: describeScanError(t, result.error) }
    return { status: result.status }
  } catch (error) {
    // The queue keeps what it could not store or send; this is a fault of the page itself.
    return { status: 'conflict', message: error instanceof Error ? error.message : String(error) }
  }
}
