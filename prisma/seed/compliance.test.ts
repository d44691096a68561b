import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { expiryStatus } from '@growops/domain'
import { listPendingAcknowledgements } from '../../apps/api/src/services/compliance/acknowledge-documents.ts'
import { seedDemoFacility } from './demo-facility.ts'
import { seedDemoCompliance } from './compliance.ts'

let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
})

afterAll(async () => {
  await db.drop()
})

describe('demo compliance seed', () => {
  it('seeds an approved SOP to acknowledge, a licence expiring in ~20 days and a permit draft, once', async () => {
    const facility = await seedDemoFacility(db.prisma, { demoPasswords: false })
    const now = new Date()
    const input = {
      organizationId: facility.organizationId,
      authorId: facility.userIdByRole.COMPLIANCE_MANAGER,
      approverId: facility.userIdByRole.OWNER,
      now,
    }
    const ids = await seedDemoCompliance(db.prisma, input)
    const counts = async () => ({
      documents: await db.prisma.complianceDocument.count(),
      versions: await db.prisma.complianceDocumentVersion.count(),
    })
    expect(await counts()).toEqual({ documents: 3, versions: 3 })
    expect(await seedDemoCompliance(db.prisma, input)).toEqual(ids)
    expect(await counts()).toEqual({ documents: 3, versions: 3 })

    const versions = await db.prisma.complianceDocumentVersion.findMany({
      include: { document: { select: { code: true } } },
    })
    const byCode = new Map(versions.map((v) => [v.document.code, v]))
    expect(byCode.get('SOP-001')?.status).toBe('APPROVED')
    expect(byCode.get('PERMIT-WATER-01')?.status).toBe('DRAFT')
    const licence = byCode.get('LIC-CULT-0001')
    expect(licence?.status).toBe('APPROVED')
    expect(expiryStatus(licence?.expiresAt ?? null, now)).toEqual({
      state: 'EXPIRING_30',
      daysLeft: 20,
    })
    // Separation of duties holds in the demo data too.
    for (const version of versions.filter((v) => v.status === 'APPROVED')) {
      expect(version.approvedById).not.toBe(version.createdById)
    }
    for (const role of ['STAFF', 'HEAD_GROWER'] as const) {
      const pending = await listPendingAcknowledgements(db.prisma, {
        userId: facility.userIdByRole[role],
        organizationId: facility.organizationId,
        role,
      })
      expect(pending.map((p) => p.code)).toEqual(['SOP-001'])
    }
  })
})
