// Demo labor: hourly rates for the demo roles (and Sam Staff's own), and the two full weeks
// before this one of time entries for the people who clock (staff, head grower, owner), with
// lunch breaks and some overtime. Idempotent: rates and entries are added once.
import type { PrismaClient, Role } from '@growops/db'
import { addDays, createWorkCalendar, defaultTimeZone, weekStartOf } from '@growops/domain'

const HOUR = 3_600_000
const NOTE = 'Demo shift'
const RATE_NOTE = 'Demo rate'

/** Hourly cents per role (the owner is salaried here: no rate, so reports show "no rate"). */
export const DEMO_ROLE_RATES: Partial<Record<Role, number>> = {
  STAFF: 2000,
  HEAD_GROWER: 3200,
  COMPLIANCE_MANAGER: 3500,
  ACCOUNTANT: 3000,
}
/** Sam Staff earns more than the staff default. */
export const DEMO_STAFF_RATE_CENTS = 2150

/** Worked hours Monday to Friday of the two demo weeks (the lunch break comes on top). */
const SCHEDULES: Partial<Record<Role, readonly (readonly number[])[]>> = {
  STAFF: [
    [8, 8, 10, 8, 8],
    [8, 9, 8, 8, 6],
  ],
  HEAD_GROWER: [
    [9, 9, 9, 9, 9],
    [10, 8, 8, 13, 8],
  ],
  OWNER: [
    [4, 0, 4, 0, 4],
    [0, 4, 0, 4, 0],
  ],
}

export interface DemoLaborInput {
  organizationId: string
  userIdByRole: Record<Role, string>
  /** "Now" for choosing the weeks (tests). */
  now?: Date
  timeZone?: string
}

async function seedRates(prisma: PrismaClient, input: DemoLaborInput, from: Date): Promise<void> {
  const existing = await prisma.wageRate.count({
    where: { organizationId: input.organizationId, note: RATE_NOTE },
  })
  if (existing > 0) return
  const createdById = input.userIdByRole.OWNER
  await prisma.wageRate.createMany({
    data: [
      ...Object.entries(DEMO_ROLE_RATES).map(([role, hourlyCents]) => ({
        organizationId: input.organizationId,
        role: role as Role,
        hourlyCents,
        effectiveFrom: from,
        note: RATE_NOTE,
        createdById,
      })),
      {
        organizationId: input.organizationId,
        userId: input.userIdByRole.STAFF,
        hourlyCents: DEMO_STAFF_RATE_CENTS,
        effectiveFrom: from,
        note: RATE_NOTE,
        createdById,
      },
    ],
  })
}

export async function seedDemoLabor(
  prisma: PrismaClient,
  input: DemoLaborInput,
): Promise<{ entries: number }> {
  const calendar = createWorkCalendar(input.timeZone ?? defaultTimeZone())
  const thisMonday = weekStartOf(calendar.dateOf((input.now ?? new Date()).getTime()))
  const firstMonday = addDays(thisMonday, -14)
  await seedRates(prisma, input, new Date(calendar.startOf(addDays(firstMonday, -28))))
  const [rooms, batches] = await Promise.all([
    prisma.room.findMany({
      where: { building: { property: { organizationId: input.organizationId } } },
      select: { id: true, code: true },
      orderBy: { code: 'asc' },
    }),
    prisma.batch.findMany({
      where: { organizationId: input.organizationId },
      select: { id: true },
      orderBy: { name: 'asc' },
    }),
  ])
  let entries = 0
  for (const [role, weeks] of Object.entries(SCHEDULES) as [Role, number[][]][]) {
    const userId = input.userIdByRole[role]
    const seeded = await prisma.timeEntry.count({
      where: { organizationId: input.organizationId, userId, note: NOTE },
    })
    if (seeded > 0) continue
    for (const [week, hours] of weeks.entries()) {
      for (const [day, worked] of hours.entries()) {
        if (worked === 0) continue
        const date = addDays(firstMonday, week * 7 + day)
        const clockInAt = calendar.startOf(date) + 7 * HOUR
        const lunch = worked >= 6
        const room = rooms[(day + week) % Math.max(rooms.length, 1)]
        const batch = batches[day % Math.max(batches.length, 1)]
        await prisma.timeEntry.create({
          data: {
            organizationId: input.organizationId,
            userId,
            roomId: room?.id ?? null,
            batchId: role === 'OWNER' ? null : (batch?.id ?? null),
            clockInAt: new Date(clockInAt),
            clockOutAt: new Date(clockInAt + (worked + (lunch ? 0.5 : 0)) * HOUR),
            note: NOTE,
            createdById: userId,
            ...(lunch
              ? {
                  breaks: {
                    create: {
                      startedAt: new Date(clockInAt + 4 * HOUR),
                      endedAt: new Date(clockInAt + 4.5 * HOUR),
                      paid: false,
                    },
                  },
                }
              : {}),
          },
        })
        entries += 1
      }
    }
  }
  return { entries }
}
