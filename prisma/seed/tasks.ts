// Demo tasks: two recurring templates ("Water VEG-A" daily, "IPM spray" weekly) and a few
// tasks for Sam Staff (overdue, due today, no due date). Idempotent: templates and tasks are
// found by title and added only when missing. The api's scheduler creates the templates'
// occurrences for the coming week when it starts (TASK15).
import type { PrismaClient } from '@growops/db'

export const DEMO_TEMPLATE_TITLES = ['Water VEG-A', 'IPM spray'] as const
export const DEMO_TASK_TITLES = [
  'Check drippers in FLOWER-A',
  'Refill nutrient reservoir',
  'Sweep the dry room',
] as const

/** A local `YYYY-MM-DD` (the server's zone, which recurrences are counted in). */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

function todayAt(hour: number, now: Date, dayOffset = 0): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + dayOffset, hour, 0, 0, 0)
}

async function roomId(prisma: PrismaClient, propertyId: string, code: string) {
  const room = await prisma.room.findFirst({
    where: { code, building: { propertyId } },
    select: { id: true },
  })
  return room?.id ?? null
}

export async function seedDemoTasks(
  prisma: PrismaClient,
  input: { organizationId: string; propertyId: string; headGrowerId: string; staffId: string },
  now = new Date(),
): Promise<{ templateIds: string[]; taskIds: string[] }> {
  const [vegA, flowerA, dryA] = await Promise.all(
    ['VEG-A', 'FLOWER-A', 'DRY-A'].map((code) => roomId(prisma, input.propertyId, code)),
  )
  const base = {
    organizationId: input.organizationId,
    propertyId: input.propertyId,
    createdById: input.headGrowerId,
  }
  const templates = [
    {
      ...base,
      title: DEMO_TEMPLATE_TITLES[0],
      description: 'Water every table until runoff; note anything dry or flooded.',
      roomId: vegA,
      assigneeId: input.staffId,
      estimatedMinutes: 45,
      recurrence: { frequency: 'DAILY', interval: 1, timeOfDay: '07:00', startsOn: localDate(now) },
    },
    {
      ...base,
      title: DEMO_TEMPLATE_TITLES[1],
      description: 'Integrated pest management: spray the canopy, log the product and lot.',
      roomId: flowerA,
      assigneeId: input.staffId,
      priority: 'HIGH' as const,
      estimatedMinutes: 60,
      recurrence: {
        frequency: 'WEEKLY',
        interval: 1,
        weekdays: ['MON', 'THU'],
        timeOfDay: '09:00',
        startsOn: localDate(now),
      },
    },
  ]
  const templateIds: string[] = []
  for (const template of templates) {
    const existing = await prisma.taskTemplate.findFirst({
      where: { organizationId: input.organizationId, title: template.title, archivedAt: null },
      select: { id: true },
    })
    templateIds.push(existing?.id ?? (await prisma.taskTemplate.create({ data: template })).id)
  }
  const tasks = [
    {
      title: DEMO_TASK_TITLES[0],
      roomId: flowerA,
      priority: 'HIGH' as const,
      dueAt: todayAt(15, now),
    },
    { title: DEMO_TASK_TITLES[1], roomId: vegA, priority: 'NORMAL' as const, dueAt: null },
    {
      title: DEMO_TASK_TITLES[2],
      roomId: dryA,
      priority: 'LOW' as const,
      dueAt: todayAt(17, now, -1),
    },
  ]
  const taskIds: string[] = []
  for (const task of tasks) {
    const existing = await prisma.task.findFirst({
      where: { organizationId: input.organizationId, title: task.title, assigneeId: input.staffId },
      select: { id: true },
    })
    taskIds.push(
      existing?.id ??
        (await prisma.task.create({ data: { ...base, ...task, assigneeId: input.staffId } })).id,
    )
  }
  return { templateIds, taskIds }
}
