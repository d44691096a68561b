// One organization with a property (its layout document) and session tokens for an editor
// and a read-only member, in a test database.
import { createSession, type PrismaClient, type Role } from '@growops/db'
import { layoutDocumentName } from '@growops/domain'
import { createMember, upsertOrganization } from '../../../../prisma/seed/organizations.ts'
import { upsertProperty } from '../../../../prisma/seed/facility.ts'

export interface LayoutFixture {
  propertyId: string
  documentName: string
  /** OWNER: may edit. */
  editorToken: string
  /** STAFF: read-only. */
  viewerToken: string
}

async function tokenFor(
  prisma: PrismaClient,
  organizationId: string,
  email: string,
  role: Role,
): Promise<string> {
  const user = await createMember(prisma, { email, name: email, organizationId, role })
  const session = await createSession(prisma, user.id, { userAgent: 'vitest', ipAddress: '::1' })
  return session.token
}

export async function createLayoutFixture(
  prisma: PrismaClient,
  slug = 'collab-org',
): Promise<LayoutFixture> {
  const organization = await upsertOrganization(prisma, { name: slug, slug })
  const property = await upsertProperty(prisma, {
    organizationId: organization.id,
    code: 'MAIN',
    name: 'Main',
  })
  return {
    propertyId: property.id,
    documentName: layoutDocumentName(property.id),
    editorToken: await tokenFor(prisma, organization.id, `owner@${slug}.test`, 'OWNER'),
    viewerToken: await tokenFor(prisma, organization.id, `staff@${slug}.test`, 'STAFF'),
  }
}

/** Resolves once `check` holds, polling every 10 ms; rejects after `timeoutMs`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 5000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
