// Demo visitor management: a "Lobby" zone, a "Grow areas" zone of the demo grow rooms, and a
// visitor pre-registered for today. Idempotent: zones are upserted by code, and the expected
// visitor is moved to today rather than added again. No kiosk is seeded: a kiosk's token is
// shown once, when a manager creates it.
import { randomBytes } from 'node:crypto'
import type { PrismaClient } from '@growops/db'
import { BADGE_CODE_LENGTH, badgeCodeFromBytes } from '@growops/domain'

export const DEMO_VISITOR = {
  visitorName: 'Dana Inspector',
  company: 'State cannabis regulator',
  purpose: 'Annual site inspection',
}

/** Room types whose rooms make up the "Grow areas" zone. */
const GROW_ROOM_TYPES = ['CLONE', 'VEG', 'FLOWER'] as const

/** Today at 10:00 in the server's time zone (the zone "expected today" is counted in). */
function todayAtTen(now = new Date()): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), 10, 0, 0, 0)
}

export async function seedDemoVisitors(
  prisma: PrismaClient,
  input: { organizationId: string; propertyId: string; hostId: string },
): Promise<{ lobbyZoneId: string; growZoneId: string; visitId: string }> {
  const growRooms = await prisma.room.findMany({
    where: { building: { propertyId: input.propertyId }, type: { in: [...GROW_ROOM_TYPES] } },
    select: { id: true },
    orderBy: { code: 'asc' },
  })
  const zone = (code: string, name: string, escortRequired: boolean) =>
    prisma.accessZone.upsert({
      where: { propertyId_code: { propertyId: input.propertyId, code } },
      create: {
        organizationId: input.organizationId,
        propertyId: input.propertyId,
        code,
        name,
        escortRequired,
        capacity: code === 'LOBBY' ? 12 : null,
      },
      update: {},
      select: { id: true },
    })
  const lobby = await zone('LOBBY', 'Lobby', false)
  const grow = await zone('GROW', 'Grow areas', true)
  await prisma.accessZoneRoom.createMany({
    data: growRooms.map((room) => ({ zoneId: grow.id, roomId: room.id })),
    skipDuplicates: true,
  })
  const existing = await prisma.visit.findFirst({
    where: {
      propertyId: input.propertyId,
      visitorName: DEMO_VISITOR.visitorName,
      status: 'EXPECTED',
    },
    select: { id: true },
  })
  const visit = existing
    ? await prisma.visit.update({
        where: { id: existing.id },
        data: { expectedAt: todayAtTen() },
        select: { id: true },
      })
    : await prisma.visit.create({
        data: {
          organizationId: input.organizationId,
          propertyId: input.propertyId,
          ...DEMO_VISITOR,
          hostId: input.hostId,
          preRegisteredById: input.hostId,
          expectedAt: todayAtTen(),
          badgeCode: badgeCodeFromBytes(randomBytes(BADGE_CODE_LENGTH)),
          zones: { create: [{ zoneId: lobby.id }, { zoneId: grow.id }] },
        },
        select: { id: true },
      })
  return { lobbyZoneId: lobby.id, growZoneId: grow.id, visitId: visit.id }
}
