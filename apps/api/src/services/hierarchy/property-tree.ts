// property.full: the whole tree of one property with per-room occupancy and per-section
// grid figures, in a fixed number of queries however large the facility is.
import type { PrismaClient } from '@growops/db'
import type { PropertyIdInput } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { countOccupancyByRoom, emptyOccupancy } from '../positions/occupancy.ts'
import { notFound } from './hierarchy-chain.ts'
import {
  buildingSelect,
  propertySelect,
  roomSelect,
  sectionSelect,
  summarizeSections,
  type BuildingView,
  type PropertyView,
  type RoomWithOccupancy,
  type SectionView,
} from './hierarchy-views.ts'

export interface PropertyTree {
  property: PropertyView
  buildings: (BuildingView & {
    rooms: (RoomWithOccupancy & { sections: SectionView[] })[]
  })[]
}

export async function loadPropertyTree(
  prisma: PrismaClient,
  actor: Actor,
  input: PropertyIdInput,
): Promise<PropertyTree> {
  const property = await prisma.property.findFirst({
    where: { id: input.propertyId, organizationId: actor.organizationId },
    select: {
      ...propertySelect,
      buildings: {
        select: {
          ...buildingSelect,
          rooms: {
            select: {
              ...roomSelect,
              sections: { select: sectionSelect, orderBy: { code: 'asc' } },
            },
            orderBy: { code: 'asc' },
          },
        },
        orderBy: { code: 'asc' },
      },
    },
  })
  if (!property) throw notFound('Property', input.propertyId)
  const { buildings, ...view } = property
  const sections = buildings.flatMap((building) => building.rooms.flatMap((room) => room.sections))
  const [occupancy, sectionViews] = await Promise.all([
    countOccupancyByRoom(prisma, {
      organizationId: actor.organizationId,
      propertyIds: [property.id],
    }),
    summarizeSections(prisma, sections, { propertyId: property.id }),
  ])
  return {
    property: view,
    buildings: buildings.map((building) => ({
      ...building,
      rooms: building.rooms.map((room) => ({
        ...room,
        occupancy: occupancy.get(room.id) ?? emptyOccupancy(),
        sections: room.sections.flatMap((section) => sectionViews.get(section.id) ?? []),
      })),
    })),
  }
}
