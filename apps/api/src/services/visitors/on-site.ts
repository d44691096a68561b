// Who is on site now, for an evacuation roll call (VIS12: every member may see it): visitors
// checked in at the property with their zone and host, and members clocked in there (an open
// time entry) with the room they clocked into.
import type { PrismaClient } from '@growops/db'
import { loadVisitorProperty, type VisitorMember } from './visitor-access.ts'

export async function onSiteNow(
  prisma: PrismaClient,
  member: VisitorMember,
  propertyId: string,
  now = new Date(),
) {
  const property = await loadVisitorProperty(prisma, member, propertyId)
  const [visits, entries] = await Promise.all([
    prisma.visit.findMany({
      where: { organizationId: member.organizationId, propertyId, status: 'CHECKED_IN' },
      select: {
        id: true,
        visitorName: true,
        company: true,
        checkedInAt: true,
        host: { select: { id: true, name: true } },
        currentZone: { select: { id: true, code: true, name: true } },
      },
      orderBy: [{ visitorName: 'asc' }, { id: 'asc' }],
    }),
    prisma.timeEntry.findMany({
      where: {
        organizationId: member.organizationId,
        clockOutAt: null,
        clockInAt: { lte: now },
        OR: [{ propertyId }, { propertyId: null, room: { building: { propertyId } } }],
      },
      select: {
        id: true,
        clockInAt: true,
        user: { select: { id: true, name: true } },
        room: {
          select: { id: true, code: true, name: true, building: { select: { code: true } } },
        },
      },
      orderBy: [{ clockInAt: 'asc' }, { id: 'asc' }],
    }),
  ])
  // One line per person: someone with two open entries is still one person to count.
  const seen = new Set<string>()
  const members = entries.flatMap((entry) => {
    if (seen.has(entry.user.id)) return []
    seen.add(entry.user.id)
    return [
      {
        userId: entry.user.id,
        name: entry.user.name,
        clockInAt: entry.clockInAt.toISOString(),
        room: entry.room
          ? {
              id: entry.room.id,
              code: entry.room.code,
              name: entry.room.name,
              buildingCode: entry.room.building.code,
            }
          : null,
      },
    ]
  })
  return {
    property,
    generatedAt: now.toISOString(),
    visitors: visits.map((visit) => ({
      id: visit.id,
      visitorName: visit.visitorName,
      company: visit.company,
      host: visit.host,
      checkedInAt: visit.checkedInAt?.toISOString() ?? null,
      zone: visit.currentZone,
    })),
    members: members.sort((a, b) => a.name.localeCompare(b.name)),
    total: visits.length + members.length,
  }
}
