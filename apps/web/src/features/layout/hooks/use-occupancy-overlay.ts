// While the occupancy layer is on: live position status from the api every few seconds,
// handed to the table and rack shapes (which colour their cells) and to the legend.
import type { LayoutOccupancy } from '@growops/domain'
import { useEffect } from 'react'
import type { Editor } from 'tldraw'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { trpc } from '../../../app/trpc.ts'
import { occupancyViews } from '../canvas/occupancy-views.ts'
import { canvasOverlays } from '../canvas/overlay-state.ts'

const REFRESH_MS = 10_000

export interface OccupancyOverlay {
  data: LayoutOccupancy | null
  isError: boolean
}

export function useOccupancyOverlay(
  editor: Editor | null,
  propertyId: string,
  enabled: boolean,
): OccupancyOverlay {
  const { organizationId } = useActiveOrganization()
  const query = trpc.layout.occupancy.useQuery(
    { organizationId, propertyId },
    { enabled, refetchInterval: enabled ? REFRESH_MS : false },
  )
  const data = enabled ? (query.data ?? null) : null
  useEffect(() => {
    if (!editor) return
    const overlays = canvasOverlays(editor)
    if (!data) {
      overlays.occupancy.set(null)
      return
    }
    overlays.occupancy.set(
      occupancyViews(
        data,
        editor.getCurrentPageShapes().filter((s) => s.type === 'gw-table' || s.type === 'gw-rack'),
      ),
    )
  }, [editor, data])
  return { data, isError: enabled && query.isError }
}
