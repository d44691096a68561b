// Announcements (COMM1–COMM3): rows first, then `announcement.*` events and ANNOUNCEMENT
// notifications written in the same transaction, published after commit.
import type { Announcement, PrismaClient } from '@growops/db'
import {
  DomainError,
  type AnnouncementCreateInput,
  type AnnouncementListInput,
  type LiveEventPayload,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { assertFullAccess } from '../batches/batch-access.ts'
import { createNotifications, membersWithRoles } from '../notifications/notify.ts'
import { recordLiveEvents, type LiveEventPublisher } from '../realtime/live-events.ts'
import {
  announcementAudienceWhere,
  assertPropertyInOrganization,
  excerptOf,
  loadPerson,
  namesOf,
  personOf,
  type Person,
} from './comms-helpers.ts'

export interface AnnouncementView {
  id: string
  propertyId: string | null
  roles: Announcement['roles']
  priority: Announcement['priority']
  title: string
  body: string
  createdAt: string
  expiresAt: string | null
  createdBy: Person
  /** When the caller acknowledged it; null = not yet. */
  acknowledgedAt: string | null
}

function viewOf(row: Announcement, createdBy: Person, acknowledgedAt: Date | null) {
  return {
    id: row.id,
    propertyId: row.propertyId,
    roles: row.roles,
    priority: row.priority,
    title: row.title,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    createdBy,
    acknowledgedAt: acknowledgedAt?.toISOString() ?? null,
  } satisfies AnnouncementView
}

/** Creates an announcement, its event and its audience's notifications (COMM3). */
export async function createAnnouncement(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  input: AnnouncementCreateInput,
): Promise<AnnouncementView> {
  assertFullAccess(actor, 'post announcements')
  const now = new Date()
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
    throw new DomainError('VALIDATION.FAILED', 'An announcement cannot expire in the past.', {
      field: 'expiresAt',
    })
  }
  if (input.propertyId) await assertPropertyInOrganization(prisma, actor, input.propertyId)
  const author = await loadPerson(prisma, actor.userId)
  const { row, envelopes } = await prisma.$transaction(async (tx) => {
    const row = await tx.announcement.create({
      data: {
        organizationId: actor.organizationId,
        propertyId: input.propertyId ?? null,
        roles: input.roles,
        priority: input.priority,
        title: input.title,
        body: input.body,
        createdById: actor.userId,
        expiresAt: input.expiresAt ?? null,
      },
    })
    const audience = await membersWithRoles(tx, actor.organizationId, row.roles)
    const notifications = await createNotifications(tx, {
      organizationId: actor.organizationId,
      userIds: audience.filter((id) => id !== actor.userId),
      kind: 'ANNOUNCEMENT',
      title: row.title,
      body: excerptOf(row.body),
      link: `/announcements/${row.id}`,
      sourceId: row.id,
    })
    const payload: LiveEventPayload<'announcement.created'> = {
      announcementId: row.id,
      propertyId: row.propertyId,
      roles: row.roles,
      priority: row.priority,
      title: row.title,
      body: row.body,
      createdAt: row.createdAt.toISOString(),
      createdBy: author,
    }
    const envelopes = await recordLiveEvents(tx, [
      {
        type: 'announcement.created',
        organizationId: row.organizationId,
        propertyId: row.propertyId,
        payload,
      },
      ...notifications,
    ])
    return { row, envelopes }
  })
  live.publish(envelopes)
  return viewOf(row, author, null)
}

async function listFor(
  prisma: PrismaClient,
  actor: Actor,
  input: AnnouncementListInput,
  unacknowledgedOnly: boolean,
): Promise<AnnouncementView[]> {
  const audience = announcementAudienceWhere(actor, new Date(), input.propertyId)
  const rows = await prisma.announcement.findMany({
    where: unacknowledgedOnly
      ? { ...audience, acks: { none: { userId: actor.userId } } }
      : audience,
    include: { acks: { where: { userId: actor.userId }, select: { acknowledgedAt: true } } },
    orderBy: unacknowledgedOnly
      ? [{ priority: 'desc' }, { createdAt: 'desc' }]
      : [{ createdAt: 'desc' }],
    take: input.limit,
  })
  const names = await namesOf(
    prisma,
    rows.map((row) => row.createdById),
  )
  return rows.map((row) =>
    viewOf(row, personOf(names, row.createdById), row.acks[0]?.acknowledgedAt ?? null),
  )
}

/** Announcements addressed to the caller, newest first, with the caller's acknowledgement. */
export function listAnnouncements(
  prisma: PrismaClient,
  actor: Actor,
  input: AnnouncementListInput,
): Promise<AnnouncementView[]> {
  return listFor(prisma, actor, input, false)
}

/** What the caller has not acknowledged yet: URGENT first, then IMPORTANT, then INFO. */
export function listUnacknowledgedAnnouncements(
  prisma: PrismaClient,
  actor: Actor,
  input: AnnouncementListInput,
): Promise<AnnouncementView[]> {
  return listFor(prisma, actor, input, true)
}

function announcementNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', 'No such announcement for you.', {
    entity: 'Announcement',
    id,
  })
}

/** Acknowledges an announcement addressed to the caller; the first time counts (COMM3). */
export async function acknowledgeAnnouncement(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  actor: Actor,
  announcementId: string,
): Promise<{ announcementId: string; acknowledgedAt: string; alreadyAcknowledged: boolean }> {
  const announcement = await prisma.announcement.findFirst({
    where: {
      id: announcementId,
      organizationId: actor.organizationId,
      OR: [{ roles: { isEmpty: true } }, { roles: { has: actor.role } }],
    },
    select: { id: true, organizationId: true, propertyId: true },
  })
  if (!announcement) throw announcementNotFound(announcementId)
  const key = { announcementId_userId: { announcementId, userId: actor.userId } }
  const { ack, created, envelopes } = await prisma.$transaction(async (tx) => {
    const { count } = await tx.announcementAck.createMany({
      data: [{ announcementId, userId: actor.userId }],
      skipDuplicates: true,
    })
    const ack = await tx.announcementAck.findUniqueOrThrow({ where: key })
    const envelopes =
      count === 0
        ? []
        : await recordLiveEvents(tx, [
            {
              type: 'announcement.acknowledged',
              organizationId: announcement.organizationId,
              propertyId: announcement.propertyId,
              payload: {
                announcementId,
                userId: actor.userId,
                acknowledgedAt: ack.acknowledgedAt.toISOString(),
              },
            },
          ])
    return { ack, created: count > 0, envelopes }
  })
  live.publish(envelopes)
  return {
    announcementId,
    acknowledgedAt: ack.acknowledgedAt.toISOString(),
    alreadyAcknowledged: !created,
  }
}

export interface AcknowledgementEntry extends Person {
  email: string
  role: Announcement['roles'][number]
  acknowledgedAt: string | null
}

/** Who among the audience has and hasn't acknowledged (COMMS FULL only, COMM3). */
export async function listAcknowledgements(
  prisma: PrismaClient,
  actor: Actor,
  announcementId: string,
): Promise<{
  announcementId: string
  acknowledged: AcknowledgementEntry[]
  pending: AcknowledgementEntry[]
}> {
  assertFullAccess(actor, 'see who acknowledged announcements')
  const announcement = await prisma.announcement.findFirst({
    where: { id: announcementId, organizationId: actor.organizationId },
    select: { roles: true, acks: { select: { userId: true, acknowledgedAt: true } } },
  })
  if (!announcement) throw announcementNotFound(announcementId)
  const members = await prisma.membership.findMany({
    where: {
      organizationId: actor.organizationId,
      ...(announcement.roles.length > 0 ? { role: { in: announcement.roles } } : {}),
    },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: 'asc' } },
  })
  const ackedAt = new Map(announcement.acks.map((ack) => [ack.userId, ack.acknowledgedAt]))
  const entries = members.map((member) => ({
    ...member.user,
    role: member.role,
    acknowledgedAt: ackedAt.get(member.user.id)?.toISOString() ?? null,
  }))
  return {
    announcementId,
    acknowledged: entries.filter((entry) => entry.acknowledgedAt !== null),
    pending: entries.filter((entry) => entry.acknowledgedAt === null),
  }
}
