import { trpc } from '../../../app/trpc.ts'

/** After a clock change or a correction: every labor view refetches. */
export function useLaborInvalidate(): () => Promise<void> {
  const utils = trpc.useUtils()
  return () => utils.labor.invalidate()
}
