import { describe, expect, it } from 'vitest'
import {
  documentsCsv,
  documentVersionPaths,
  groupMovesByRoom,
  packetManifest,
  packetPathSegment,
  roomAddressOf,
  wasInForceDuring,
} from './audit-packet.ts'
import { AuditPacketQuerySchema } from './compliance.schema.ts'

const range = { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') }
const d = (iso: string) => new Date(iso)

describe('versions in force', () => {
  it.each([
    ['approved before, still approved', 'APPROVED', '2026-01-01', null, true],
    ['approved inside the range', 'APPROVED', '2026-03-15', null, true],
    ['approved at the end (exclusive)', 'APPROVED', '2026-04-01', null, false],
    ['superseded inside the range', 'SUPERSEDED', '2026-01-01', '2026-03-10', true],
    ['superseded exactly at the start', 'SUPERSEDED', '2026-01-01', '2026-03-01', true],
    ['superseded before the range', 'SUPERSEDED', '2026-01-01', '2026-02-28', false],
    ['a draft', 'DRAFT', null, null, false],
    ['in review', 'IN_REVIEW', null, null, false],
  ] as const)('[CDOC11] %s → %s', (_name, status, approvedAt, supersededAt, expected) => {
    const version = {
      status,
      approvedAt: approvedAt === null ? null : d(`${approvedAt}T00:00:00Z`),
      supersededAt: supersededAt === null ? null : d(`${supersededAt}T00:00:00Z`),
    }
    expect(wasInForceDuring(version, range)).toBe(expected)
  })

  it('[CDOC11] the query needs an ordered range of at most two years', () => {
    const organizationId = crypto.randomUUID()
    expect(
      AuditPacketQuerySchema.safeParse({ organizationId, from: '2026-03-01', to: '2026-03-31' })
        .success,
    ).toBe(true)
    // A date `to` is the whole day, so one day is a valid range.
    expect(
      AuditPacketQuerySchema.safeParse({ organizationId, from: '2026-03-01', to: '2026-03-01' })
        .success,
    ).toBe(true)
    expect(
      AuditPacketQuerySchema.safeParse({ organizationId, from: '2026-03-02', to: '2026-03-01' })
        .success,
    ).toBe(false)
    expect(
      AuditPacketQuerySchema.safeParse({ organizationId, from: '2020-01-01', to: '2026-03-01' })
        .success,
    ).toBe(false)
    expect(AuditPacketQuerySchema.safeParse({ organizationId, from: '2026-03-01' }).success).toBe(
      false,
    )
    expect(
      AuditPacketQuerySchema.safeParse({
        organizationId,
        from: '2026-03-01',
        to: '2026-03-02',
        x: '1',
      }).success,
    ).toBe(false)
  })
})

describe('packet layout', () => {
  it.each([
    ['SOP-012', 'SOP-012'],
    ['../../etc/passwd', 'etc_passwd'],
    ['Licence (2026).pdf', 'Licence_2026_.pdf'],
    ['Señal é.txt', 'Sen_al_e_.txt'],
    ['...', '_'],
    ['', '_'],
  ])('[CDOC12] path segment %j → %j', (input, expected) => {
    expect(packetPathSegment(input)).toBe(expected)
  })

  it('[CDOC12] a segment never leaves its folder and stays short', () => {
    for (const input of ['..', '/abs', 'a/../b', 'x'.repeat(500), 'C:\\win']) {
      const segment = packetPathSegment(input)
      expect(segment).not.toMatch(/[/\\]|^\./)
      expect(segment.length).toBeLessThanOrEqual(100)
    }
  })

  it('[CDOC12] versions go under documents/<code>/', () => {
    expect(documentVersionPaths('SOP-012', 3, 'Hand washing.pdf')).toEqual({
      body: 'documents/SOP-012/v3.md',
      file: 'documents/SOP-012/v3-Hand_washing.pdf',
    })
    expect(documentVersionPaths('LIC/1', 1, null).file).toBeNull()
  })

  it('[CDOC12] moves are grouped under the rooms moved out of and into', () => {
    expect(roomAddressOf('MAIN.GROW1.VEG-A.LEFT.R3.C5.P1')).toBe('MAIN.GROW1.VEG-A')
    expect(roomAddressOf('MAIN.GROW1')).toBeNull()
    expect(roomAddressOf(null)).toBeNull()
    const across = {
      movedAt: d('2026-03-02T00:00:00Z'),
      fromAddress: 'MAIN.G.VEG.L.R1.C1.P1',
      toAddress: 'MAIN.G.FLOWER.L.R1.C1.P1',
    }
    const within = {
      movedAt: d('2026-03-03T00:00:00Z'),
      fromAddress: 'MAIN.G.VEG.L.R1.C1.P1',
      toAddress: 'MAIN.G.VEG.L.R1.C2.P1',
    }
    const placed = {
      movedAt: d('2026-03-04T00:00:00Z'),
      fromAddress: null,
      toAddress: 'MAIN.G.CLONE.T.R1.C1.P1',
    }
    const grouped = groupMovesByRoom([across, within, placed])
    expect([...grouped.keys()]).toEqual(['MAIN.G.CLONE', 'MAIN.G.FLOWER', 'MAIN.G.VEG'])
    expect(grouped.get('MAIN.G.VEG')?.map((e) => e.direction)).toEqual(['OUT', 'WITHIN'])
    expect(grouped.get('MAIN.G.FLOWER')).toEqual([{ move: across, direction: 'IN' }])
    expect(grouped.get('MAIN.G.CLONE')).toEqual([{ move: placed, direction: 'IN' }])
  })

  it('[CDOC12] documents.csv is formula-safe and the manifest lists every file with its hash', () => {
    const csv = documentsCsv([
      {
        code: 'SOP-1',
        kind: 'SOP',
        title: '=HYPERLINK("x")',
        version: 2,
        status: 'APPROVED',
        effectiveFrom: null,
        expiresAt: null,
        submittedBy: 'Ana',
        submittedAt: d('2026-03-01T00:00:00Z'),
        approvedBy: 'Bo',
        approvedAt: d('2026-03-02T00:00:00Z'),
        supersededAt: null,
        requiredAckRoles: ['STAFF', 'HEAD_GROWER'],
        acknowledged: 1,
        required: 3,
        files: ['documents/SOP-1/v2.md'],
      },
    ])
    const [header, line] = csv.split('\r\n')
    expect(header?.split(',')[0]).toBe('code')
    expect(line).toContain(`"'=HYPERLINK(""x"")"`)
    expect(line).toContain('STAFF HEAD_GROWER,1,3,documents/SOP-1/v2.md')
    const readme = packetManifest({
      organization: 'Demo Farms',
      property: null,
      range,
      generatedAt: d('2026-04-02T00:00:00Z'),
      counts: { documentVersions: 1 },
      files: [{ path: 'documents.csv', bytes: 10, sha256: 'ab'.repeat(32) }],
    })
    expect(readme).toContain('documentVersions: 1')
    expect(readme).toContain(`${'ab'.repeat(32)}  documents.csv\n`)
    expect(readme).toContain('  documents.csv  10')
  })
})
