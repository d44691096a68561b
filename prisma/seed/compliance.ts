// Demo compliance documents for the demo organization: an approved SOP that STAFF and
// HEAD_GROWER must acknowledge, a cultivation licence expiring in about 20 days (so the
// 30-day reminder and the expiry badge show), and a water permit still in draft.
// Idempotent: documents by code; a document's versions are written only when it is created.
import type { ComplianceDocumentKind, PrismaClient, Role } from '@growops/db'

const DAY_MS = 86_400_000

interface DemoDocument {
  code: string
  kind: ComplianceDocumentKind
  title: string
  issuer: string | null
  requiredAckRoles: Role[]
  body: string
  approved: boolean
  /** Days from the seed run; null = no expiry. */
  expiresInDays: number | null
}

export const DEMO_DOCUMENTS: readonly DemoDocument[] = [
  {
    code: 'SOP-001',
    kind: 'SOP',
    title: 'Hand washing and hygiene in grow rooms',
    issuer: null,
    requiredAckRoles: ['STAFF', 'HEAD_GROWER'],
    body: [
      '# Hand washing and hygiene',
      '',
      '1. Wash hands with soap for 20 seconds before entering any grow room.',
      '2. Put on clean nitrile gloves; change them between rooms.',
      '3. Wear a hair net and a clean smock in flower rooms.',
      '4. Report any sign of mould or pests to the head grower the same shift.',
    ].join('\n'),
    approved: true,
    expiresInDays: null,
  },
  {
    code: 'LIC-CULT-0001',
    kind: 'LICENSE',
    title: 'Adult-use cultivation licence (indoor, medium)',
    issuer: 'Department of Cannabis Control',
    requiredAckRoles: [],
    body: 'Licence CCL-0001 for indoor cultivation at the MAIN premises. Renew before it expires.',
    approved: true,
    expiresInDays: 20,
  },
  {
    code: 'PERMIT-WATER-01',
    kind: 'PERMIT',
    title: 'Waste water discharge permit',
    issuer: 'County Water District',
    requiredAckRoles: [],
    body: 'Draft of the renewal application: discharge volumes, pH logs and the filter schedule.',
    approved: false,
    expiresInDays: null,
  },
]

export interface DemoComplianceInput {
  organizationId: string
  /** Writes and submits the documents (COMPLIANCE_MANAGER). */
  authorId: string
  /** Approves them (OWNER: not the author, as separation of duties requires). */
  approverId: string
  now?: Date
}

/** Seeds {@link DEMO_DOCUMENTS}; returns document ids by code. */
export async function seedDemoCompliance(
  prisma: PrismaClient,
  input: DemoComplianceInput,
): Promise<Record<string, string>> {
  const now = input.now ?? new Date()
  const ids: Record<string, string> = {}
  for (const demo of DEMO_DOCUMENTS) {
    const existing = await prisma.complianceDocument.findUnique({
      where: { organizationId_code: { organizationId: input.organizationId, code: demo.code } },
      select: { id: true },
    })
    if (existing) {
      ids[demo.code] = existing.id
      continue
    }
    const writtenAt = new Date(now.getTime() - 10 * DAY_MS)
    const approvedAt = new Date(now.getTime() - 7 * DAY_MS)
    const created = await prisma.complianceDocument.create({
      data: {
        organizationId: input.organizationId,
        kind: demo.kind,
        code: demo.code,
        title: demo.title,
        issuer: demo.issuer,
        requiredAckRoles: demo.requiredAckRoles,
        createdById: input.authorId,
        createdAt: writtenAt,
        versions: {
          create: {
            version: 1,
            status: demo.approved ? 'APPROVED' : 'DRAFT',
            body: demo.body,
            createdById: input.authorId,
            createdAt: writtenAt,
            expiresAt:
              demo.expiresInDays === null
                ? null
                : new Date(now.getTime() + demo.expiresInDays * DAY_MS),
            ...(demo.approved
              ? {
                  submittedById: input.authorId,
                  submittedAt: new Date(now.getTime() - 8 * DAY_MS),
                  approvedById: input.approverId,
                  approvedAt,
                  effectiveFrom: approvedAt,
                }
              : {}),
          },
        },
      },
      select: { id: true },
    })
    ids[demo.code] = created.id
  }
  return ids
}
