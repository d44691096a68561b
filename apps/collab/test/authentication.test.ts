// onAuthenticate against real servers and providers: only members of the organization that
// owns the property get in; roles that may not edit layouts are read-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Server } from '@hocuspocus/server'
import { createSession, type Role } from '@growops/db'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { layoutDocumentName } from '@growops/domain'
import { createMember, upsertOrganization } from '../../../prisma/seed/organizations.ts'
import { upsertProperty } from '../../../prisma/seed/facility.ts'
import { createCollabServer } from '../src/server.ts'
import { connect, type ConnectedProvider } from './utils/providers.ts'

let db: TestDatabase
let server: Server
let documentA: string
let documentB: string
const tokens = new Map<string, string>()
const open: ConnectedProvider[] = []

async function memberToken(organizationId: string, email: string, role: Role): Promise<string> {
  const user = await createMember(db.prisma, { email, name: email, organizationId, role })
  const { token } = await createSession(db.prisma, user.id, {
    userAgent: 'vitest',
    ipAddress: '127.0.0.1',
  })
  return token
}

function connectAs(who: string | null, documentName: string, via: 'token' | 'cookie' = 'token') {
  const token = who ? tokens.get(who) : undefined
  const connected = connect(
    server.webSocketURL,
    documentName,
    via === 'cookie' && token ? { cookie: `growops_session=${token}` } : { token: token ?? '' },
  )
  open.push(connected)
  return connected
}

beforeAll(async () => {
  db = await createTestDatabase()
  const orgA = await upsertOrganization(db.prisma, { name: 'Org A', slug: 'org-a' })
  const orgB = await upsertOrganization(db.prisma, { name: 'Org B', slug: 'org-b' })
  const propertyA = await upsertProperty(db.prisma, {
    organizationId: orgA.id,
    code: 'MAIN',
    name: 'A main',
  })
  const propertyB = await upsertProperty(db.prisma, {
    organizationId: orgB.id,
    code: 'MAIN',
    name: 'B main',
  })
  documentA = layoutDocumentName(propertyA.id)
  documentB = layoutDocumentName(propertyB.id)
  tokens.set('ownerA', await memberToken(orgA.id, 'owner@a.test', 'OWNER'))
  tokens.set('growerA', await memberToken(orgA.id, 'grower@a.test', 'HEAD_GROWER'))
  tokens.set('staffA', await memberToken(orgA.id, 'staff@a.test', 'STAFF'))
  tokens.set('ownerB', await memberToken(orgB.id, 'owner@b.test', 'OWNER'))
  server = createCollabServer({ prisma: db.prisma, host: '127.0.0.1', port: 0 })
  await server.listen()
})

afterAll(async () => {
  for (const connected of open) connected.destroy()
  await server.destroy()
  await db.drop()
})

describe('collab authentication', () => {
  it('refuses a connection without a session', async () => {
    expect((await connectAs(null, documentA).outcome).result).toBe('denied')
  })

  it('refuses an unknown or expired token', async () => {
    tokens.set('forged', 'a'.repeat(32))
    expect((await connectAs('forged', documentA).outcome).result).toBe('denied')
  })

  it("refuses a member of another organization, and a document name that isn't a layout", async () => {
    expect((await connectAs('ownerB', documentA).outcome).result).toBe('denied')
    expect((await connectAs('ownerA', 'secrets').outcome).result).toBe('denied')
    expect((await connectAs('ownerA', documentB).outcome).result).toBe('denied')
  })

  it('admits members with the session token or with the browser cookie', async () => {
    expect((await connectAs('ownerA', documentA).outcome).result).toBe('synced')
    expect((await connectAs('growerA', documentA, 'cookie').outcome).result).toBe('synced')
  })

  it('lets editors change the layout and keeps other roles read-only', async () => {
    const owner = connectAs('ownerA', documentA)
    const staff = connectAs('staffA', documentA)
    expect((await owner.outcome).result).toBe('synced')
    expect((await staff.outcome).result).toBe('synced')

    const ownerShapes = owner.provider.document.getMap<string>('shapes')
    const staffShapes = staff.provider.document.getMap<string>('shapes')
    staffShapes.set('from-staff', 'should not spread')
    ownerShapes.set('from-owner', 'room VEG-B')

    await expect.poll(() => staffShapes.get('from-owner'), { timeout: 5000 }).toBe('room VEG-B')
    // The server dropped the read-only client's update, so the owner never sees it.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(ownerShapes.get('from-staff')).toBeUndefined()
  })
})
