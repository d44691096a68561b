// Expiry reminders (CDOC10): OWNER and COMPLIANCE_MANAGER members get a DOCUMENT notification
// 90, 30 and 7 days before an approved version expires and on the day; each threshold once,
// recorded as a DocumentExpiryReminder in the same transaction as the notifications. Safe with
// several api instances: the version row is locked while it is checked.
import type { PrismaClient } from '@growops/db'
import { dueExpiryReminder, type LiveEnvelope } from '@growops/domain'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import { createNotifications, membersWithRoles } from '../notifications/notify.ts'
import { recordLiveEvents, type LiveEventPublisher } from '../realtime/live-events.ts'
import { REVIEWER_ROLES } from './review-documents.ts'

const DAY_MS = 86_400_000
const LOOKAHEAD_DAYS = 90

function reminderTitle(threshold: number, code: string, title: string): string {
  return threshold === 0
    ? `Expired: ${code} — ${title}`
    : `Expires in ${threshold} days or less: ${code} — ${title}`
}

/** Sends the reminders due at `now` (default: the clock); returns how many were sent. */
export async function sendExpiryReminders(
  prisma: PrismaClient,
  live: LiveEventPublisher,
  options: { now?: Date } = {},
): Promise<number> {
  const now = options.now ?? new Date()
  const candidates = await prisma.complianceDocumentVersion.findMany({
    where: {
      status: 'APPROVED',
      expiresAt: { lte: new Date(now.getTime() + LOOKAHEAD_DAYS * DAY_MS) },
      document: { archivedAt: null },
      // Once the day-of reminder is recorded there is nothing left to send.
      expiryReminders: { none: { daysBefore: 0 } },
    },
    select: { id: true },
    take: 500,
  })
  let sent = 0
  for (const { id } of candidates) {
    const envelopes: LiveEnvelope[] = await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "ComplianceDocumentVersion" WHERE id = ${id} FOR UPDATE`
      const version = await tx.complianceDocumentVersion.findUnique({
        where: { id },
        select: {
          id: true,
          version: true,
          status: true,
          expiresAt: true,
          expiryReminders: { select: { daysBefore: true } },
          document: {
            select: { id: true, organizationId: true, code: true, title: true, archivedAt: true },
          },
        },
      })
      if (!version || version.status !== 'APPROVED' || version.document.archivedAt) return []
      const due = dueExpiryReminder(
        version.expiresAt,
        now,
        version.expiryReminders.map((reminder) => reminder.daysBefore),
      )
      if (due.send === null) return []
      await tx.documentExpiryReminder.createMany({
        data: due.record.map((daysBefore) => ({ versionId: id, daysBefore, sentAt: now })),
        skipDuplicates: true,
      })
      const { organizationId, code, title } = version.document
      await appendAuditEntry(tx, {
        organizationId,
        actorId: null,
        action: 'document.expiryReminder',
        entityType: 'ComplianceDocumentVersion',
        entityId: id,
        after: { daysBefore: due.send, recorded: due.record, expiresAt: version.expiresAt },
      })
      const recipients = await membersWithRoles(tx, organizationId, REVIEWER_ROLES)
      const events = await createNotifications(tx, {
        organizationId,
        userIds: recipients,
        kind: 'DOCUMENT',
        title: reminderTitle(due.send, code, title),
        body: `Version ${version.version} expires on ${version.expiresAt?.toISOString().slice(0, 10) ?? '?'}. Renew it and upload the new version.`,
        link: `/documents/${version.document.id}`,
        sourceId: id,
      })
      sent += 1
      return recordLiveEvents(tx, events)
    })
    live.publish(envelopes)
  }
  return sent
}

export interface ExpiryReminderScheduler {
  stop(): void
}

/** Runs {@link sendExpiryReminders} soon after start and then every `intervalMs` (1 hour). */
export function startExpiryReminders(deps: {
  prisma: PrismaClient
  live: LiveEventPublisher
  intervalMs?: number
  log?: (message: string) => void
}): ExpiryReminderScheduler {
  let running = false
  const run = () => {
    if (running) return
    running = true
    sendExpiryReminders(deps.prisma, deps.live)
      .then((sent) => {
        if (sent > 0) deps.log?.(`[documents] ${sent} expiry reminder(s) sent`)
      })
      .catch((error: unknown) => {
        deps.log?.(
          `[documents] expiry reminders failed: ${error instanceof Error ? error.message : String(error)}`,
        )
      })
      .finally(() => {
        running = false
      })
  }
  const first = setTimeout(run, 5_000)
  const timer = setInterval(run, deps.intervalMs ?? 3_600_000)
  first.unref()
  timer.unref()
  return {
    stop: () => {
      clearTimeout(first)
      clearInterval(timer)
    },
  }
}
