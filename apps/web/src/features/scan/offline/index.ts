// The offline scan queue and the installable app (PWA) for the /scan screens.
export { OfflineQueuePanel } from './offline-queue-panel.tsx'
export { registerScanServiceWorker, useScanServiceWorker } from './register-service-worker.ts'
export { getScanQueue, setScanQueueOwner, submitScanAction } from './scan-queue.ts'
export {
  SCAN_ACTION_PATHS,
  type QueueEntry,
  type QueueEntryStatus,
  type ScanAction,
  type ScanActionError,
  type ScanActionType,
  type SubmitScanResult,
} from './scan-action.ts'
export { useOfflineQueue, useOnline, type OfflineQueueView } from './use-offline-queue.ts'
