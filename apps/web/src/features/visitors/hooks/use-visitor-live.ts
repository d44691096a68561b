import { useLiveEvents } from '../../live/hooks/use-live.ts'
import { trpc } from '../../../app/trpc.ts'

const VISITOR_EVENTS = ['visitor.checkedIn', 'visitor.checkedOut', 'zone.occupancy'] as const

/** Refetches what the visitor screens show when someone arrives, leaves or changes zone. */
export function useVisitorLive(): void {
  const utils = trpc.useUtils()
  useLiveEvents(VISITOR_EVENTS, () => {
    void utils.visitor.zones.invalidate()
    void utils.visitor.list.invalidate()
    void utils.visitor.onSiteNow.invalidate()
    void utils.visitor.get.invalidate()
  })
}
