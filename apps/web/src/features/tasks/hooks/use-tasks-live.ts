import { trpc } from '../../../app/trpc.ts'
import { useLiveEvents } from '../../live/hooks/use-live.ts'

/** Any `task.updated` refreshes the task lists and pages on screen. */
export function useTasksLive(): void {
  const utils = trpc.useUtils()
  useLiveEvents(['task.updated'], () => {
    void utils.task.invalidate()
  })
}
