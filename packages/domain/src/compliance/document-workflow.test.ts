import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isDomainError } from '../errors/domain-error.ts'
import type { Role } from '../rbac/access.schema.ts'
import type { DocumentVersionStatus } from './compliance.schema.ts'
import {
  DocumentCodeSchema,
  DocumentCreateInputSchema,
  DocumentListInputSchema,
  DocumentSendBackInputSchema,
} from './compliance.schema.ts'
import {
  allowedVersionActions,
  assertVersionAction,
  hasVersionContent,
  nextVersionStatus,
  planApproval,
  planNewVersion,
  type DocumentVersionAction,
} from './document-workflow.ts'

function codeOf(run: () => unknown): string | null {
  try {
    run()
    return null
  } catch (error) {
    return isDomainError(error) ? error.code : 'NOT_A_DOMAIN_ERROR'
  }
}

const v = (id: string, version: number, status: DocumentVersionStatus) => ({ id, version, status })

describe('document codes and inputs', () => {
  it.each([
    ['sop-012', 'SOP-012'],
    [' c11-0000123-lic ', 'C11-0000123-LIC'],
    ['PERMIT/2026.4', 'PERMIT/2026.4'],
  ])('[CDOC1] code %j is kept upper-case as %j', (input, expected) => {
    expect(DocumentCodeSchema.parse(input)).toBe(expected)
  })

  it.each(['', '-SOP', 'SOP 12', 'A'.repeat(41)])('[CDOC1] refuses code %j', (input) => {
    expect(DocumentCodeSchema.safeParse(input).success).toBe(false)
  })

  it('[CDOC2] blank optional text means none, and an expiry must follow the start', () => {
    const parsed = DocumentCreateInputSchema.parse({
      kind: 'LICENSE',
      code: 'lic-1',
      title: 'Cultivation licence',
      body: '   ',
      expiresAt: '2027-01-01',
    })
    expect(parsed.body).toBeNull()
    expect(parsed.requiredAckRoles).toEqual([])
    expect(parsed.expiresAt).toEqual(new Date('2027-01-01T00:00:00.000Z'))
    const backwards = DocumentCreateInputSchema.safeParse({
      kind: 'LICENSE',
      code: 'lic-1',
      title: 'Cultivation licence',
      effectiveFrom: '2027-01-02',
      expiresAt: '2027-01-01',
    })
    expect(backwards.success).toBe(false)
    expect(backwards.error?.issues[0]?.path).toEqual(['expiresAt'])
    expect(
      DocumentCreateInputSchema.safeParse({
        kind: 'SOP',
        code: 'S',
        title: 'T',
        requiredAckRoles: ['STAFF', 'STAFF'],
      }).success,
    ).toBe(false)
  })

  it('[CDOC2] a send-back needs a note; list filters default to live documents', () => {
    expect(
      DocumentSendBackInputSchema.safeParse({ versionId: crypto.randomUUID(), note: ' ' }).success,
    ).toBe(false)
    expect(DocumentListInputSchema.parse({})).toEqual({ includeArchived: false })
  })
})

describe('version workflow', () => {
  it.each([
    ['DRAFT', 'edit', 'DRAFT'],
    ['DRAFT', 'submit', 'IN_REVIEW'],
    ['IN_REVIEW', 'approve', 'APPROVED'],
    ['IN_REVIEW', 'sendBack', 'DRAFT'],
  ] as const)('[CDOC2] %s --%s--> %s', (from, action, to) => {
    expect(nextVersionStatus(from, action)).toBe(to)
  })

  it('[CDOC2] every other step is DOCUMENT.INVALID_TRANSITION', () => {
    const allowed = new Set([
      'DRAFT:edit',
      'DRAFT:submit',
      'IN_REVIEW:approve',
      'IN_REVIEW:sendBack',
    ])
    const statuses: DocumentVersionStatus[] = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'SUPERSEDED']
    const actions: DocumentVersionAction[] = ['edit', 'submit', 'approve', 'sendBack']
    for (const from of statuses) {
      for (const action of actions) {
        const code = codeOf(() => nextVersionStatus(from, action))
        expect(code, `${from}:${action}`).toBe(
          allowed.has(`${from}:${action}`) ? null : 'DOCUMENT.INVALID_TRANSITION',
        )
      }
    }
  })

  it('[CDOC2] a version needs text or a file to be read', () => {
    expect(hasVersionContent({ body: null, fileId: null })).toBe(false)
    expect(hasVersionContent({ body: '  \n', fileId: null })).toBe(false)
    expect(hasVersionContent({ body: '# Steps', fileId: null })).toBe(true)
    expect(hasVersionContent({ body: null, fileId: 'f' })).toBe(true)
  })

  it('[CDOC3] approving supersedes the version approved before', () => {
    const versions = [v('a', 1, 'SUPERSEDED'), v('b', 2, 'APPROVED'), v('c', 3, 'IN_REVIEW')]
    const plan = planApproval(versions, 'c')
    expect(plan.approve.id).toBe('c')
    expect(plan.supersede?.id).toBe('b')
    expect(planApproval([v('a', 1, 'IN_REVIEW')], 'a').supersede).toBeNull()
    expect(codeOf(() => planApproval(versions, 'b'))).toBe('DOCUMENT.INVALID_TRANSITION')
    expect(codeOf(() => planApproval(versions, 'zzz'))).toBe('NOT_FOUND')
  })

  it('[CDOC3] any sequence of approvals leaves at most one approved version', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('new', 'submit', 'approve', 'sendBack'), { maxLength: 40 }),
        (steps) => {
          const versions: { id: string; version: number; status: DocumentVersionStatus }[] = []
          for (const step of steps) {
            const open = versions.find((x) => x.status === 'DRAFT' || x.status === 'IN_REVIEW')
            try {
              if (step === 'new') {
                const plan = planNewVersion(versions)
                versions.push(v(`v${plan.version}`, plan.version, 'DRAFT'))
              } else if (open && step === 'approve') {
                const plan = planApproval(versions, open.id)
                if (plan.supersede) plan.supersede.status = 'SUPERSEDED'
                plan.approve.status = 'APPROVED'
              } else if (open) {
                open.status = nextVersionStatus(open.status, step)
              }
            } catch (error) {
              expect(isDomainError(error)).toBe(true)
            }
            expect(versions.filter((x) => x.status === 'APPROVED').length).toBeLessThanOrEqual(1)
            expect(
              versions.filter((x) => x.status === 'DRAFT' || x.status === 'IN_REVIEW').length,
            ).toBeLessThanOrEqual(1)
          }
        },
      ),
    )
  })

  it('[CDOC4] a new draft is numbered next and starts from the approved version', () => {
    expect(planNewVersion([])).toEqual({ version: 1, basedOn: null })
    const versions = [v('a', 1, 'SUPERSEDED'), v('b', 2, 'APPROVED'), v('c', 3, 'SUPERSEDED')]
    expect(planNewVersion(versions)).toEqual({ version: 4, basedOn: versions[1] })
    expect(planNewVersion([v('a', 1, 'SUPERSEDED')]).basedOn?.id).toBe('a')
  })

  it('[CDOC4] only one version is worked on at a time', () => {
    expect(codeOf(() => planNewVersion([v('a', 1, 'APPROVED'), v('b', 2, 'DRAFT')]))).toBe(
      'DOCUMENT.INVALID_TRANSITION',
    )
    expect(codeOf(() => planNewVersion([v('a', 1, 'IN_REVIEW')]))).toBe(
      'DOCUMENT.INVALID_TRANSITION',
    )
  })
})

describe('who may do what', () => {
  const author = 'u-author'
  const other = 'u-other'
  const inReview = { status: 'IN_REVIEW' as const, createdById: author, submittedById: author }
  const live = { archived: false }

  it('[CDOC5] nobody approves a version they wrote or submitted, not even OWNER', () => {
    for (const role of ['OWNER', 'COMPLIANCE_MANAGER'] as const) {
      expect(allowedVersionActions({ userId: author, role }, inReview, live)).toEqual(['sendBack'])
      expect(
        codeOf(() => assertVersionAction({ userId: author, role }, inReview, live, 'approve')),
      ).toBe('DOCUMENT.SELF_APPROVAL')
      expect(allowedVersionActions({ userId: other, role }, inReview, live)).toEqual([
        'approve',
        'sendBack',
      ])
    }
    const submittedByOther = { ...inReview, submittedById: other }
    expect(
      codeOf(() =>
        assertVersionAction({ userId: other, role: 'OWNER' }, submittedByOther, live, 'approve'),
      ),
    ).toBe('DOCUMENT.SELF_APPROVAL')
    expect(
      assertVersionAction({ userId: 'u-third', role: 'OWNER' }, submittedByOther, live, 'approve'),
    ).toBe('APPROVED')
  })

  it.each([
    ['HEAD_GROWER', 'AUTH.FORBIDDEN'],
    ['ACCOUNTANT', 'AUTH.FORBIDDEN'],
    ['STAFF', 'AUTH.FORBIDDEN'],
    ['COMPLIANCE_MANAGER', null],
    ['OWNER', null],
  ] as const)('[CDOC6] %s submitting a draft → %s', (role: Role, expected) => {
    const draft = { status: 'DRAFT' as const, createdById: author, submittedById: null }
    expect(codeOf(() => assertVersionAction({ userId: author, role }, draft, live, 'submit'))).toBe(
      expected,
    )
    expect(allowedVersionActions({ userId: author, role }, draft, live)).toEqual(
      expected === null ? ['edit', 'submit'] : [],
    )
  })

  it('[CDOC6] an archived document changes no more', () => {
    const draft = { status: 'DRAFT' as const, createdById: author, submittedById: null }
    expect(
      allowedVersionActions({ userId: other, role: 'OWNER' }, draft, { archived: true }),
    ).toEqual([])
    expect(
      codeOf(() =>
        assertVersionAction({ userId: other, role: 'OWNER' }, draft, { archived: true }, 'edit'),
      ),
    ).toBe('DOCUMENT.ARCHIVED')
  })
})
