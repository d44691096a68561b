// layout.connection, layout.versions and layout.version: any member reads them; another
// organization learns nothing; the collab URL comes from the api's configuration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession } from '@growops/db'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { upsertProperty } from '../../../../../prisma/seed/facility.ts'
import { refusalOf } from '../../services/hierarchy/hierarchy-test-helpers.ts'
import { createTenant, ROLES, type TenantFixture } from '../../test/tenancy.ts'
import { createContext } from '../../trpc/context.ts'
import { createCaller } from '../../trpc/root.ts'

let db: TestDatabase
let a: TenantFixture
let b: TenantFixture
let propertyId: string

beforeAll(async () => {
  db = await createTestDatabase()
  a = await createTenant(db.prisma, 'lconn-a')
  b = await createTenant(db.prisma, 'lconn-b')
  const property = await upsertProperty(db.prisma, {
    organizationId: a.organizationId,
    code: 'MAIN',
    name: 'Main campus',
  })
  propertyId = property.id
})

afterAll(async () => {
  await db.drop()
})

describe('layout.connection', () => {
  it.each(ROLES)('%s gets the document name; only OWNER and HEAD_GROWER may edit', async (role) => {
    const answer = await a.as[role].layout.connection({
      organizationId: a.organizationId,
      propertyId,
    })
    expect(answer).toEqual({
      property: { id: propertyId, code: 'MAIN', name: 'Main campus' },
      documentName: `layout:${propertyId}`,
      collabUrl: null,
      canEdit: role === 'OWNER' || role === 'HEAD_GROWER',
      latestVersion: null,
    })
  })

  it('hands out the configured public collab URL', async () => {
    const { token } = await createSession(db.prisma, a.userIds.STAFF, {
      userAgent: 'vitest',
      ipAddress: '127.0.0.1',
    })
    const ctx = await createContext(
      {
        prisma: db.prisma,
        env: {
          COOKIE_SECURE: 'auto',
          TRUST_PROXY: false,
          PUBLIC_COLLAB_URL: 'ws://localhost:4321',
        },
      },
      {
        cookieHeader: `growops_session=${token}`,
        hostHeader: 'localhost',
        ipAddress: '127.0.0.1',
        userAgent: 'vitest',
        appendSetCookie: () => undefined,
      },
    )
    const answer = await createCaller(ctx).layout.connection({
      organizationId: a.organizationId,
      propertyId,
    })
    expect(answer.collabUrl).toBe('ws://localhost:4321')
  })

  it('another organization gets NOT_FOUND in its own name and FORBIDDEN in ours', async () => {
    expect(
      (
        await refusalOf(
          b.as.OWNER.layout.connection({ organizationId: b.organizationId, propertyId }),
        )
      ).code,
    ).toBe('NOT_FOUND')
    expect(
      (
        await refusalOf(
          b.as.OWNER.layout.connection({ organizationId: a.organizationId, propertyId }),
        )
      ).code,
    ).toBe('FORBIDDEN')
  })
})

describe('layout.versions / layout.version', () => {
  it('lists versions newest first with their publisher; one version has its snapshot', async () => {
    const snapshot = { schemaVersion: 1, buildings: [] }
    for (const number of [1, 2]) {
      await db.prisma.layoutVersion.create({
        data: { propertyId, number, snapshot, publishedById: a.userIds.HEAD_GROWER },
      })
    }
    const list = await a.as.ACCOUNTANT.layout.versions({
      organizationId: a.organizationId,
      propertyId,
    })
    expect(list.map((version) => version.number)).toEqual([2, 1])
    expect(list[0]?.publishedBy).toEqual({
      id: a.userIds.HEAD_GROWER,
      name: 'HEAD_GROWER of lconn-a',
      email: 'head_grower@lconn-a.test',
    })
    const one = await a.as.STAFF.layout.version({
      organizationId: a.organizationId,
      propertyId,
      number: 2,
    })
    expect(one.snapshot).toEqual(snapshot)
    const connection = await a.as.STAFF.layout.connection({
      organizationId: a.organizationId,
      propertyId,
    })
    expect(connection.latestVersion?.number).toBe(2)
    expect(
      (
        await refusalOf(
          a.as.STAFF.layout.version({ organizationId: a.organizationId, propertyId, number: 3 }),
        )
      ).code,
    ).toBe('NOT_FOUND')
    expect(
      await refusalOf(b.as.OWNER.layout.versions({ organizationId: b.organizationId, propertyId })),
    ).toMatchObject({ code: 'NOT_FOUND' })
  })
})
