// Compliance documents through the real router and a real database: roles, the version
// workflow with separation of duties, superseding, idempotent acknowledgements, who has and
// has not acknowledged, archive, tenancy, audit entries and expiry reminders once per threshold.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Role } from '@growops/db'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { sendExpiryReminders } from '../../services/compliance/expiry-reminders.ts'
import { domainCodeOf } from '../../test/cultivation-fixture.ts'
import {
  createRecordingPublisher,
  type RecordingPublisher,
} from '../../test/recording-publisher.ts'
import {
  callerFor,
  createTenant,
  ROLES,
  type Caller,
  type TenantFixture,
} from '../../test/tenancy.ts'

let db: TestDatabase
let a: TenantFixture
let b: TenantFixture
let live: RecordingPublisher
let as: Record<Role, Caller>
let org: string

beforeAll(async () => {
  db = await createTestDatabase()
  a = await createTenant(db.prisma, 'docs-a')
  b = await createTenant(db.prisma, 'docs-b')
  org = a.organizationId
  live = createRecordingPublisher()
  as = {} as Record<Role, Caller>
  for (const role of ROLES) as[role] = await callerFor(db.prisma, a.userIds[role], live)
})

afterAll(async () => {
  await db.drop()
})

beforeEach(() => {
  live.clear()
})

let serial = 0
function sop(extra: Record<string, unknown> = {}) {
  serial += 1
  return {
    organizationId: org,
    kind: 'SOP' as const,
    code: `sop-${serial}`,
    title: `Hand washing ${serial}`,
    body: '1. Wet hands.\n2. Soap for 20 seconds.',
    requiredAckRoles: ['STAFF', 'HEAD_GROWER'] as Role[],
    ...extra,
  }
}

/** A document created and submitted by the compliance manager, approved by the owner. */
async function approvedSop(extra: Record<string, unknown> = {}) {
  const created = await as.COMPLIANCE_MANAGER.document.create(sop(extra))
  const versionId = created.versions[0]?.id ?? ''
  await as.COMPLIANCE_MANAGER.document.submitForReview({ organizationId: org, versionId })
  const approved = await as.OWNER.document.approve({ organizationId: org, versionId })
  return { documentId: created.id, versionId, approved }
}

async function auditActions(entityIds: string[]) {
  const rows = await db.prisma.auditLog.findMany({
    where: { organizationId: org, entityId: { in: entityIds } },
    orderBy: { seq: 'asc' },
    select: { action: true },
  })
  return rows.map((row) => row.action)
}

describe('roles', () => {
  it('[CDOC6] only OWNER and COMPLIANCE_MANAGER write; STAFF neither writes nor lists', async () => {
    for (const role of ['STAFF', 'HEAD_GROWER', 'ACCOUNTANT'] as const) {
      expect(await domainCodeOf(as[role].document.create(sop()))).toBe('AUTH.FORBIDDEN')
    }
    expect(await domainCodeOf(as.STAFF.document.list({ organizationId: org }))).toBe(
      'AUTH.FORBIDDEN',
    )
    const created = await as.OWNER.document.create(sop())
    expect(created.versions).toHaveLength(1)
    expect(created.versions[0]).toMatchObject({
      version: 1,
      status: 'DRAFT',
      actions: ['edit', 'submit'],
    })
    for (const role of ['HEAD_GROWER', 'ACCOUNTANT'] as const) {
      const seen = await as[role].document.get({ organizationId: org, documentId: created.id })
      expect(seen.versions[0]?.actions).toEqual([])
      expect(seen.canCreateVersion).toBe(false)
      const listed = await as[role].document.list({ organizationId: org })
      expect(listed.map((d) => d.id)).toContain(created.id)
    }
    const versionId = created.versions[0]?.id ?? ''
    expect(
      await domainCodeOf(
        as.HEAD_GROWER.document.submitForReview({ organizationId: org, versionId }),
      ),
    ).toBe('AUTH.FORBIDDEN')
    // A draft is not for STAFF even when the document names STAFF.
    expect(
      await domainCodeOf(as.STAFF.document.get({ organizationId: org, documentId: created.id })),
    ).toBe('AUTH.FORBIDDEN')
  })

  it('[CDOC1] codes are unique per organization, upper-cased; other organizations are apart', async () => {
    const first = await as.OWNER.document.create(sop({ code: 'lic-77', kind: 'LICENSE' }))
    expect(first.code).toBe('LIC-77')
    expect(await domainCodeOf(as.OWNER.document.create(sop({ code: 'LIC-77' })))).toBe(
      'DOCUMENT.CODE_TAKEN',
    )
    const other = await b.as.OWNER.document.create({
      ...sop({ code: 'LIC-77' }),
      organizationId: b.organizationId,
    })
    expect(other.code).toBe('LIC-77')
    // Another organization's document is not there, whichever organization is named.
    expect(
      await domainCodeOf(
        b.as.OWNER.document.get({ organizationId: b.organizationId, documentId: first.id }),
      ),
    ).toBe('NOT_FOUND')
    expect(
      await domainCodeOf(b.as.OWNER.document.get({ organizationId: org, documentId: first.id })),
    ).toBe('AUTH.FORBIDDEN')
  })

  it('[CDOC1] a file or property of another organization is NOT_FOUND', async () => {
    const foreignFile = await db.prisma.storedFile.create({
      data: {
        organizationId: b.organizationId,
        uploadedById: b.userIds.OWNER,
        fileName: 'x.pdf',
        contentType: 'application/pdf',
        byteSize: 1,
        sha256: '0'.repeat(64),
        storageKey: `${b.organizationId}/${crypto.randomUUID()}`,
      },
    })
    expect(await domainCodeOf(as.OWNER.document.create(sop({ fileId: foreignFile.id })))).toBe(
      'NOT_FOUND',
    )
    expect(
      await domainCodeOf(as.OWNER.document.create(sop({ propertyId: crypto.randomUUID() }))),
    ).toBe('NOT_FOUND')
  })
})

describe('workflow', () => {
  it('[CDOC5] a submitter cannot approve their own version, even as OWNER; another can', async () => {
    const created = await as.OWNER.document.create(sop())
    const versionId = created.versions[0]?.id ?? ''
    const submitted = await as.OWNER.document.submitForReview({ organizationId: org, versionId })
    expect(submitted.versions[0]).toMatchObject({ status: 'IN_REVIEW', actions: ['sendBack'] })
    expect(await domainCodeOf(as.OWNER.document.approve({ organizationId: org, versionId }))).toBe(
      'DOCUMENT.SELF_APPROVAL',
    )
    const approved = await as.COMPLIANCE_MANAGER.document.approve({
      organizationId: org,
      versionId,
    })
    expect(approved.versions[0]).toMatchObject({
      status: 'APPROVED',
      approvedBy: { id: a.userIds.COMPLIANCE_MANAGER },
      submittedBy: { id: a.userIds.OWNER },
    })
  })

  it('[CDOC2][CDOC7] submit and approve notify reviewers, then the roles that must acknowledge', async () => {
    const created = await as.COMPLIANCE_MANAGER.document.create(sop())
    const versionId = created.versions[0]?.id ?? ''
    await as.COMPLIANCE_MANAGER.document.submitForReview({ organizationId: org, versionId })
    expect(live.published.map((e) => [e.type, e.userId])).toEqual([
      ['notification.created', a.userIds.OWNER],
    ])
    live.clear()
    await as.OWNER.document.approve({ organizationId: org, versionId })
    const notified = live.published.map((e) => e.userId).sort()
    expect(notified).toEqual(
      [a.userIds.STAFF, a.userIds.HEAD_GROWER, a.userIds.COMPLIANCE_MANAGER].sort(),
    )
    const staffNote = await db.prisma.notification.findFirstOrThrow({
      where: { userId: a.userIds.STAFF, sourceId: versionId },
    })
    expect(staffNote).toMatchObject({ kind: 'DOCUMENT', link: `/documents/${created.id}` })
    expect(await auditActions([created.id, versionId])).toEqual([
      'document.create',
      'document.submit',
      'document.approve',
    ])
  })

  it('[CDOC2] refuses wrong steps: approving a draft, submitting nothing, a second open version', async () => {
    const created = await as.COMPLIANCE_MANAGER.document.create(sop({ body: '' }))
    const versionId = created.versions[0]?.id ?? ''
    expect(await domainCodeOf(as.OWNER.document.approve({ organizationId: org, versionId }))).toBe(
      'DOCUMENT.INVALID_TRANSITION',
    )
    expect(
      await domainCodeOf(
        as.COMPLIANCE_MANAGER.document.submitForReview({ organizationId: org, versionId }),
      ),
    ).toBe('VALIDATION.FAILED')
    expect(
      await domainCodeOf(
        as.OWNER.document.createVersion({ organizationId: org, documentId: created.id }),
      ),
    ).toBe('DOCUMENT.INVALID_TRANSITION')
  })

  it('[CDOC2] send back returns the version to draft with the note; it can be edited and resubmitted', async () => {
    const created = await as.COMPLIANCE_MANAGER.document.create(sop())
    const versionId = created.versions[0]?.id ?? ''
    await as.COMPLIANCE_MANAGER.document.submitForReview({ organizationId: org, versionId })
    live.clear()
    const back = await as.OWNER.document.sendBack({
      organizationId: org,
      versionId,
      note: 'Add glove step.',
    })
    expect(back.versions[0]).toMatchObject({ status: 'DRAFT', reviewNote: 'Add glove step.' })
    expect(live.published.map((e) => e.userId)).toEqual([a.userIds.COMPLIANCE_MANAGER])
    const edited = await as.COMPLIANCE_MANAGER.document.updateDraft({
      organizationId: org,
      versionId,
      body: '1. Gloves.\n2. Wash.',
      title: 'Hand washing and gloves',
    })
    expect(edited).toMatchObject({ title: 'Hand washing and gloves' })
    expect(edited.versions[0]?.body).toBe('1. Gloves.\n2. Wash.')
    const resubmitted = await as.COMPLIANCE_MANAGER.document.submitForReview({
      organizationId: org,
      versionId,
    })
    expect(resubmitted.versions[0]).toMatchObject({ status: 'IN_REVIEW', reviewNote: null })
    expect(
      await domainCodeOf(
        as.COMPLIANCE_MANAGER.document.updateDraft({ organizationId: org, versionId, body: 'x' }),
      ),
    ).toBe('DOCUMENT.INVALID_TRANSITION')
    expect(await auditActions([versionId])).toEqual([
      'document.submit',
      'document.sendBack',
      'document.updateDraft',
      'document.submit',
    ])
  })

  it('[CDOC3][CDOC4] approving version 2 supersedes version 1; the new draft starts from it', async () => {
    const { documentId, versionId: v1 } = await approvedSop()
    const draft = await as.COMPLIANCE_MANAGER.document.createVersion({
      organizationId: org,
      documentId,
      changeSummary: 'Longer scrub',
    })
    const v2 = draft.versions[0]
    expect(v2).toMatchObject({
      version: 2,
      status: 'DRAFT',
      body: '1. Wet hands.\n2. Soap for 20 seconds.',
    })
    expect(draft.approved?.id).toBe(v1)
    await as.COMPLIANCE_MANAGER.document.submitForReview({
      organizationId: org,
      versionId: v2?.id ?? '',
    })
    const after = await as.OWNER.document.approve({ organizationId: org, versionId: v2?.id ?? '' })
    expect(after.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'APPROVED'],
      [1, 'SUPERSEDED'],
    ])
    expect(after.versions[1]?.supersededAt).not.toBeNull()
    expect(
      await db.prisma.complianceDocumentVersion.count({
        where: { documentId, status: 'APPROVED' },
      }),
    ).toBe(1)
    expect(await auditActions([v1])).toContain('document.supersede')
  })
})

describe('acknowledgements', () => {
  it('[CDOC7] STAFF sees it to acknowledge, reads only the approved version, and acknowledges once', async () => {
    const { documentId, versionId } = await approvedSop()
    const pending = await as.STAFF.document.myPendingAcknowledgements({ organizationId: org })
    expect(pending.map((p) => p.documentId)).toContain(documentId)
    const page = await as.STAFF.document.get({ organizationId: org, documentId })
    expect(page.versions.map((v) => v.id)).toEqual([versionId])
    expect(page.myAcknowledgement).toEqual({ required: true, acknowledgedAt: null })
    const first = await as.STAFF.document.acknowledge({ organizationId: org, documentId })
    const again = await as.STAFF.document.acknowledge({ organizationId: org, documentId })
    expect(first).toMatchObject({ versionId, alreadyAcknowledged: false })
    expect(again).toEqual({ ...first, alreadyAcknowledged: true })
    expect(await db.prisma.documentAcknowledgment.count({ where: { versionId } })).toBe(1)
    expect(
      (await auditActions([versionId])).filter((x) => x === 'document.acknowledge'),
    ).toHaveLength(1)
    const later = await as.STAFF.document.myPendingAcknowledgements({ organizationId: org })
    expect(later.map((p) => p.documentId)).not.toContain(documentId)
  })

  it('[CDOC7] a role the document does not name neither opens nor acknowledges it', async () => {
    const { documentId } = await approvedSop({ requiredAckRoles: ['HEAD_GROWER'] })
    expect(await domainCodeOf(as.STAFF.document.get({ organizationId: org, documentId }))).toBe(
      'AUTH.FORBIDDEN',
    )
    expect(
      await domainCodeOf(as.STAFF.document.acknowledge({ organizationId: org, documentId })),
    ).toBe('AUTH.FORBIDDEN')
    expect(
      await domainCodeOf(as.ACCOUNTANT.document.acknowledge({ organizationId: org, documentId })),
    ).toBe('AUTH.FORBIDDEN')
    const staffPending = await as.STAFF.document.myPendingAcknowledgements({ organizationId: org })
    expect(staffPending.map((p) => p.documentId)).not.toContain(documentId)
  })

  it('[CDOC8] lists who has and has not acknowledged; a new approved version starts again', async () => {
    const { documentId } = await approvedSop()
    await as.STAFF.document.acknowledge({ organizationId: org, documentId })
    const status = await as.ACCOUNTANT.document.ackStatus({ organizationId: org, documentId })
    expect(status.required).toBe(2)
    expect(status.acknowledged.map((e) => [e.userId, e.role])).toEqual([[a.userIds.STAFF, 'STAFF']])
    expect(status.pending.map((e) => e.userId)).toEqual([a.userIds.HEAD_GROWER])
    expect(
      await domainCodeOf(as.STAFF.document.ackStatus({ organizationId: org, documentId })),
    ).toBe('AUTH.FORBIDDEN')
    const listed = await as.OWNER.document.list({ organizationId: org, status: 'APPROVED' })
    expect(listed.find((d) => d.id === documentId)?.acknowledgements).toEqual({
      required: 2,
      acknowledged: 1,
    })

    const draft = await as.COMPLIANCE_MANAGER.document.createVersion({
      organizationId: org,
      documentId,
    })
    const v2 = draft.versions[0]?.id ?? ''
    await as.COMPLIANCE_MANAGER.document.submitForReview({ organizationId: org, versionId: v2 })
    await as.OWNER.document.approve({ organizationId: org, versionId: v2 })
    const renewed = await as.OWNER.document.ackStatus({ organizationId: org, documentId })
    expect(renewed).toMatchObject({ versionId: v2, version: 2, acknowledged: [] })
    expect(renewed.pending).toHaveLength(2)
  })

  it('[CDOC6] an archived document changes no more and asks nobody to acknowledge', async () => {
    const { documentId } = await approvedSop()
    const draft = await as.COMPLIANCE_MANAGER.document.createVersion({
      organizationId: org,
      documentId,
    })
    const archived = await as.OWNER.document.archive({ organizationId: org, documentId })
    expect(archived.archivedAt).not.toBeNull()
    expect(archived.canCreateVersion).toBe(false)
    expect(
      await domainCodeOf(
        as.COMPLIANCE_MANAGER.document.updateDraft({
          organizationId: org,
          versionId: draft.versions[0]?.id ?? '',
          body: 'x',
        }),
      ),
    ).toBe('DOCUMENT.ARCHIVED')
    expect(await domainCodeOf(as.OWNER.document.archive({ organizationId: org, documentId }))).toBe(
      'DOCUMENT.ARCHIVED',
    )
    expect(
      await domainCodeOf(as.STAFF.document.acknowledge({ organizationId: org, documentId })),
    ).toBe('DOCUMENT.ARCHIVED')
    const pending = await as.STAFF.document.myPendingAcknowledgements({ organizationId: org })
    expect(pending.map((p) => p.documentId)).not.toContain(documentId)
    expect((await as.OWNER.document.list({ organizationId: org })).map((d) => d.id)).not.toContain(
      documentId,
    )
    expect(
      (await as.OWNER.document.list({ organizationId: org, includeArchived: true })).map(
        (d) => d.id,
      ),
    ).toContain(documentId)
    expect(await auditActions([documentId])).toEqual(['document.create', 'document.archive'])
  })
})

describe('expiry', () => {
  const DAY = 86_400_000

  it('[CDOC9][CDOC10] reminders go to OWNER and COMPLIANCE_MANAGER once per threshold', async () => {
    const start = new Date()
    const expiresAt = new Date(start.getTime() + 100 * DAY)
    const { documentId, versionId } = await approvedSop({
      kind: 'LICENSE',
      requiredAckRoles: [],
      expiresAt,
    })
    const listed = await as.OWNER.document.list({ organizationId: org, expiringWithinDays: 120 })
    expect(listed.find((d) => d.id === documentId)?.expiry).toEqual({
      state: 'VALID',
      daysLeft: 100,
    })
    expect(
      (await as.OWNER.document.list({ organizationId: org, expiringWithinDays: 90 })).map(
        (d) => d.id,
      ),
    ).not.toContain(documentId)
    live.clear()
    const at = (days: number) => new Date(start.getTime() + days * DAY)
    const runs: [number, number][] = []
    for (const day of [1, 10, 10.5, 45, 75, 76, 95, 101, 102]) {
      runs.push([day, await sendExpiryReminders(db.prisma, live, { now: at(day) })])
    }
    // Other tests' documents never expire, so every reminder sent here is this licence's.
    expect(runs).toEqual([
      [1, 0],
      [10, 1],
      [10.5, 0],
      [45, 0],
      [75, 1],
      [76, 0],
      [95, 1],
      [101, 1],
      [102, 0],
    ])
    const reminders = await db.prisma.documentExpiryReminder.findMany({
      where: { versionId },
      orderBy: { daysBefore: 'desc' },
    })
    expect(reminders.map((r) => r.daysBefore)).toEqual([90, 30, 7, 0])
    expect(new Set(live.published.map((e) => e.userId))).toEqual(
      new Set([a.userIds.OWNER, a.userIds.COMPLIANCE_MANAGER]),
    )
    const titles = await db.prisma.notification.findMany({
      where: { userId: a.userIds.OWNER, sourceId: versionId, title: { startsWith: 'Expire' } },
      orderBy: { createdAt: 'asc' },
      select: { title: true },
    })
    expect(titles.map((t) => t.title.split(':')[0])).toEqual([
      'Expires in 90 days or less',
      'Expires in 30 days or less',
      'Expires in 7 days or less',
      'Expired',
    ])
    expect(
      (await auditActions([versionId])).filter((x) => x === 'document.expiryReminder'),
    ).toHaveLength(4)
  })
})
