// The lazily loaded route module of /rooms/:roomId/plan.
import { RoomPlanPage } from './room-plan-page.tsx'

export function Component() {
  return <RoomPlanPage />
}
