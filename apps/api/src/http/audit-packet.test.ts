// GET /exports/audit-packet.zip on a real server (port 0) with a DiskFileStore in a temporary
// directory: the zip is unpacked and each part checked (documents in force with text and file,
// documents.csv, audit-log.csv, plant moves by room, visitor log, README hashes), then the
// property filter and every refusal.
import { createHash } from 'node:crypto'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession, SESSION_COOKIE_NAME } from '@growops/db'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { upsertProperty } from '../../../../prisma/seed/facility.ts'
import { createApiServer } from '../server.ts'
import { DiskFileStore } from '../services/files/disk-file-store.ts'
import { saveStoredFile } from '../services/files/stored-files.ts'
import {
  createCultivationFixture,
  nextTag,
  type CultivationFixture,
} from '../test/cultivation-fixture.ts'
import { readCsv } from '../test/read-csv.ts'
import { createTenant, type TenantFixture } from '../test/tenancy.ts'

const DAY = 86_400_000
const NOW = Date.now()
const ago = (days: number) => new Date(NOW - days * DAY)
const FROM = ago(30).toISOString()
const TO = new Date(NOW + DAY).toISOString()
const PDF = new TextEncoder().encode('%PDF-1.4 hand washing poster')

let db: TestDatabase
let fx: CultivationFixture
let b: TenantFixture
let org: string
let dir: string
let baseUrl: string
let close: () => Promise<void>
let northId: string
const cookies = {} as Record<'owner' | 'grower' | 'accountant' | 'staff' | 'bOwner', string>
const ids = {} as Record<'sopA' | 'sopA1' | 'sopA2' | 'old1' | 'old2' | 'draft' | 'late', string>

async function cookieFor(userId: string): Promise<string> {
  const { token } = await createSession(db.prisma, userId, {
    userAgent: 'vitest',
    ipAddress: '127.0.0.1',
  })
  return `${SESSION_COOKIE_NAME}=${token}`
}

/** Creates a document through the router and approves it; returns its ids. */
async function approvedDocument(code: string, body: string, fileId?: string) {
  const { as } = fx.tenant
  const created = await as.COMPLIANCE_MANAGER.document.create({
    organizationId: org,
    kind: 'SOP',
    code,
    title: `${code} title`,
    body,
    fileId,
    requiredAckRoles: ['STAFF'],
  })
  const versionId = created.versions[0]?.id ?? ''
  await as.COMPLIANCE_MANAGER.document.submitForReview({ organizationId: org, versionId })
  await as.OWNER.document.approve({ organizationId: org, versionId })
  return { documentId: created.id, versionId }
}

async function nextApprovedVersion(documentId: string, body: string) {
  const { as } = fx.tenant
  const draft = await as.COMPLIANCE_MANAGER.document.createVersion({
    organizationId: org,
    documentId,
    body,
    fileId: null,
  })
  const versionId = draft.versions[0]?.id ?? ''
  await as.COMPLIANCE_MANAGER.document.submitForReview({ organizationId: org, versionId })
  await as.OWNER.document.approve({ organizationId: org, versionId })
  return versionId
}

async function setDates(versionId: string, approvedAt: Date, supersededAt: Date | null) {
  await db.prisma.complianceDocumentVersion.update({
    where: { id: versionId },
    data: { approvedAt, supersededAt },
  })
}

beforeAll(async () => {
  db = await createTestDatabase()
  fx = await createCultivationFixture(db.prisma, 'packet-a')
  b = await createTenant(db.prisma, 'packet-b')
  org = fx.tenant.organizationId
  const u = fx.tenant.userIds
  cookies.owner = await cookieFor(u.OWNER)
  cookies.grower = await cookieFor(u.HEAD_GROWER)
  cookies.accountant = await cookieFor(u.ACCOUNTANT)
  cookies.staff = await cookieFor(u.STAFF)
  cookies.bOwner = await cookieFor(b.userIds.OWNER)
  dir = await mkdtemp(join(tmpdir(), 'growops-packet-test-'))
  const store = new DiskFileStore(dir)

  // SOP-A: v1 (text + PDF) approved before the range, superseded in it by v2.
  const poster = await saveStoredFile(
    db.prisma,
    store,
    { userId: u.COMPLIANCE_MANAGER, organizationId: org },
    {
      fileName: 'Hand washing poster.pdf',
      contentType: 'application/pdf',
      bytes: PDF,
    },
  )
  const sopA = await approvedDocument('SOP-A', '# Hand washing\n\n1. Wet hands.', poster.id)
  ids.sopA = sopA.documentId
  ids.sopA1 = sopA.versionId
  await fx.tenant.as.STAFF.document.acknowledge({
    organizationId: org,
    documentId: sopA.documentId,
  })
  ids.sopA2 = await nextApprovedVersion(sopA.documentId, '# Hand washing\n\n1. Gloves.')
  await setDates(ids.sopA1, ago(60), ago(10))
  await setDates(ids.sopA2, ago(10), null)
  // SOP-OLD: v1 superseded before the range (left out), v2 in force throughout.
  const old = await approvedDocument('SOP-OLD', 'old text')
  ids.old1 = old.versionId
  ids.old2 = await nextApprovedVersion(old.documentId, 'current text')
  await setDates(ids.old1, ago(90), ago(40))
  await setDates(ids.old2, ago(40), null)
  // A draft and a document approved after the range are left out.
  ids.draft = (
    await fx.tenant.as.COMPLIANCE_MANAGER.document.create({
      organizationId: org,
      kind: 'PERMIT',
      code: 'PERMIT-DRAFT',
      title: 'Draft permit',
      body: 'pending',
    })
  ).id
  const late = await approvedDocument('LIC-LATE', 'future licence')
  ids.late = late.versionId
  await setDates(late.versionId, new Date(NOW + 5 * DAY), null)

  // Plant moves: VEG-A → DRY-A and within VEG-A in the range, one before it.
  const plant = await db.prisma.plant.create({
    data: { organizationId: org, tagNumber: nextTag('PKT'), batchId: fx.batchId },
  })
  await db.prisma.plantLocationHistory.createMany({
    data: [
      { plantId: plant.id, toAddress: fx.left(1, 1), movedAt: ago(50), reason: 'PLACEMENT' },
      {
        plantId: plant.id,
        fromAddress: fx.left(1, 1),
        toAddress: fx.left(1, 2),
        movedAt: ago(20),
        reason: 'REORGANIZE',
        movedById: u.HEAD_GROWER,
      },
      {
        plantId: plant.id,
        fromAddress: fx.left(1, 2),
        toAddress: 'MAIN.GROW1.DRY-A.RACK1.L1.H1',
        movedAt: ago(5),
        reason: 'HARVEST',
        movedById: u.STAFF,
      },
    ],
  })
  // Visits: one checked in during the range, one before it.
  const visit = (name: string, checkedInAt: Date) => ({
    organizationId: org,
    propertyId: fx.propertyId,
    visitorName: name,
    purpose: 'State inspection',
    hostId: u.OWNER,
    badgeCode: crypto.randomUUID(),
    status: 'CHECKED_OUT' as const,
    checkedInAt,
    checkedOutAt: new Date(checkedInAt.getTime() + 3_600_000),
  })
  await db.prisma.visit.createMany({
    data: [visit('Inés Inspector', ago(3)), visit('Old Visitor', ago(45))],
  })
  northId = (await upsertProperty(db.prisma, { organizationId: org, code: 'NORTH', name: 'North' }))
    .id

  const server = createApiServer({
    prisma: db.prisma,
    env: { COOKIE_SECURE: 'auto', TRUST_PROXY: false, NODE_ENV: 'test' },
    log: () => undefined,
    files: store,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => new Promise((resolve) => server.close(() => resolve()))
}, 120_000)

afterAll(async () => {
  await close()
  await db.drop()
  await rm(dir, { recursive: true, force: true })
})

interface Answer {
  status: number
  headers: IncomingMessage['headers']
  body: Buffer
}

function get(params: Record<string, string>, cookie?: string, method = 'GET'): Promise<Answer> {
  const url = `${baseUrl}/exports/audit-packet.zip?${new URLSearchParams(params).toString()}`
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers: cookie ? { cookie } : {} }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes)

describe('the packet', () => {
  let files: Record<string, Uint8Array>

  beforeAll(async () => {
    const answer = await get({ organizationId: org, from: FROM, to: TO }, cookies.owner)
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('application/zip')
    expect(answer.headers['content-disposition']).toMatch(
      /^attachment; filename="audit-packet_packet-a_.+\.zip"$/,
    )
    files = unzipSync(new Uint8Array(answer.body))
  })

  it('[CDOC11][CDOC12] holds the versions in force in the range, with their text and file', () => {
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'audit-log.csv',
      'documents.csv',
      'documents/SOP-A/v1-Hand_washing_poster.pdf',
      'documents/SOP-A/v1.md',
      'documents/SOP-A/v2.md',
      'documents/SOP-OLD/v2.md',
      'plant-location-history/MAIN.GROW1.DRY-A.csv',
      'plant-location-history/MAIN.GROW1.VEG-A.csv',
      'visitor-log.csv',
    ])
    expect(text(files['documents/SOP-A/v1.md'])).toBe('# Hand washing\n\n1. Wet hands.')
    expect(files['documents/SOP-A/v1-Hand_washing_poster.pdf']).toEqual(PDF)
    expect(text(files['documents/SOP-OLD/v2.md'])).toBe('current text')
  })

  it('[CDOC12] documents.csv indexes each version with approver and acknowledgement counts', () => {
    const rows = readCsv(text(files['documents.csv']))
    expect(rows[0]?.slice(0, 5)).toEqual(['code', 'kind', 'title', 'version', 'status'])
    const byKey = new Map(rows.slice(1).map((row) => [`${row[0]} v${row[3]}`, row]))
    expect([...byKey.keys()]).toEqual(['SOP-A v1', 'SOP-A v2', 'SOP-OLD v2'])
    const v1 = byKey.get('SOP-A v1') ?? []
    expect(v1[4]).toBe('SUPERSEDED')
    expect(v1[9]).toBe(`OWNER of packet-a`)
    expect(v1.slice(12)).toEqual([
      'STAFF',
      '1',
      '1',
      'documents/SOP-A/v1.md documents/SOP-A/v1-Hand_washing_poster.pdf',
    ])
    expect((byKey.get('SOP-A v2') ?? []).slice(12, 15)).toEqual(['STAFF', '0', '1'])
  })

  it('[CDOC12] audit-log.csv is the organization audit trail of the range', () => {
    const rows = readCsv(text(files['audit-log.csv']))
    expect(rows[0]?.[0]).toBe('seq')
    const actions = rows.slice(1).map((row) => row[5])
    expect(actions).toContain('document.approve')
    expect(actions).toContain('document.acknowledge')
    expect(actions).toContain('file.upload')
  })

  it('[CDOC12] audit-log.csv has exactly the organization entries of the range', async () => {
    const rows = readCsv(text(files['audit-log.csv']))
    const stored = await db.prisma.auditLog.count({
      where: { organizationId: org, createdAt: { gte: new Date(FROM), lt: new Date(TO) } },
    })
    expect(rows.length - 1).toBe(stored)
    expect(text(files['README.txt'])).toContain(`auditEntries: ${stored}`)
  })

  it('[CDOC12] plant moves of the range are grouped by room, in and out', () => {
    const veg = readCsv(text(files['plant-location-history/MAIN.GROW1.VEG-A.csv']))
    expect(veg[0]).toEqual([
      'movedAt',
      'direction',
      'plantTag',
      'fromAddress',
      'toAddress',
      'reason',
      'movedBy',
    ])
    expect(veg.slice(1).map((row) => [row[1], row[5], row[6]])).toEqual([
      ['WITHIN', 'REORGANIZE', 'HEAD_GROWER of packet-a'],
      ['OUT', 'HARVEST', 'STAFF of packet-a'],
    ])
    const dry = readCsv(text(files['plant-location-history/MAIN.GROW1.DRY-A.csv']))
    expect(dry.slice(1).map((row) => [row[1], row[4]])).toEqual([
      ['IN', 'MAIN.GROW1.DRY-A.RACK1.L1.H1'],
    ])
  })

  it('[CDOC12] visitor-log.csv lists the visits checked in during the range', () => {
    const rows = readCsv(text(files['visitor-log.csv']))
    expect(rows.slice(1).map((row) => [row[0], row[3], row[4]])).toEqual([
      ['Inés Inspector', 'MAIN', 'OWNER of packet-a'],
    ])
  })

  it('[CDOC12] README.txt has the counts and a correct SHA-256 for every other file', () => {
    const readme = text(files['README.txt'])
    expect(readme).toContain('documentVersions: 3')
    expect(readme).toContain('documentFiles: 1')
    expect(readme).toContain('plantMoves: 2')
    expect(readme).toContain('visits: 1')
    const sums = [...readme.matchAll(/^([0-9a-f]{64}) {2}(.+)$/gm)].map((m) => [m[2], m[1]])
    expect(sums.map(([path]) => path).sort()).toEqual(
      Object.keys(files)
        .filter((p) => p !== 'README.txt')
        .sort(),
    )
    for (const [path, sum] of sums) {
      expect(
        createHash('sha256')
          .update(files[path ?? ''] ?? new Uint8Array())
          .digest('hex'),
        path,
      ).toBe(sum)
    }
  })
})

describe('scope and refusals', () => {
  it('[CDOC11] compliance readers download; a property filter keeps only its moves and visits', async () => {
    for (const cookie of [cookies.grower, cookies.accountant]) {
      expect((await get({ organizationId: org, from: FROM, to: TO }, cookie)).status).toBe(200)
    }
    const north = await get(
      { organizationId: org, from: FROM, to: TO, propertyId: northId },
      cookies.owner,
    )
    expect(north.status).toBe(200)
    const names = Object.keys(unzipSync(new Uint8Array(north.body)))
    expect(
      names.filter((n) => n.startsWith('plant-location-history/') || n === 'visitor-log.csv'),
    ).toEqual([])
    expect(names).toContain('documents/SOP-A/v2.md')
  })

  it.each([
    ['no session', undefined, {}, 401, 'AUTH.UNAUTHENTICATED'],
    ['STAFF (no COMPLIANCE access)', 'staff', {}, 403, 'AUTH.FORBIDDEN'],
    ['a member of another organization', 'bOwner', {}, 403, 'AUTH.FORBIDDEN'],
    ['`to` missing', 'owner', { to: undefined }, 400, 'VALIDATION.FAILED'],
    ['a range backwards', 'owner', { from: TO, to: FROM }, 400, 'VALIDATION.FAILED'],
    ['an unknown parameter', 'owner', { kind: 'SOP' }, 400, 'VALIDATION.FAILED'],
    ['another organization property', 'owner', { propertyId: 'b-property' }, 404, 'NOT_FOUND'],
  ] as const)('refuses %s', async (_name, who, change, status, code) => {
    const params: Record<string, string | undefined> = {
      organizationId: org,
      from: FROM,
      to: TO,
      ...change,
    }
    if (params.propertyId === 'b-property') {
      params.propertyId = (
        await upsertProperty(db.prisma, { organizationId: b.organizationId, code: 'BP', name: 'B' })
      ).id
    }
    const defined = Object.fromEntries(
      Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined),
    )
    const answer = await get(defined, who ? cookies[who] : undefined)
    expect(answer.status).toBe(status)
    expect(JSON.parse(answer.body.toString())).toMatchObject({ code, messageKey: `errors.${code}` })
  })

  it('refuses other methods', async () => {
    const answer = await get({ organizationId: org, from: FROM, to: TO }, cookies.owner, 'POST')
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET')
  })
})
