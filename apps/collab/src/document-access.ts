// Who may open a layout document: members of the organization that owns the property.
// Roles that may not edit layouts get a read-only connection.
import type { PrismaClient, Role } from '@growops/db'
import { canPerform, DomainError, parseLayoutDocumentName } from '@growops/domain'

export interface DocumentAccess {
  userId: string
  organizationId: string
  propertyId: string
  role: Role
  readOnly: boolean
}

export async function resolveDocumentAccess(
  prisma: PrismaClient,
  userId: string,
  documentName: string,
): Promise<DocumentAccess> {
  const parsed = parseLayoutDocumentName(documentName)
  if (!parsed) {
    throw new DomainError(
      'NOT_FOUND',
      `There is no document called "${documentName.slice(0, 80)}".`,
    )
  }
  const property = await prisma.property.findUnique({
    where: { id: parsed.propertyId },
    select: {
      organizationId: true,
      organization: { select: { memberships: { where: { userId }, select: { role: true } } } },
    },
  })
  const role = property?.organization.memberships[0]?.role
  // One answer for "no such property" and "not yours": nothing leaks across organizations.
  if (!property || !role) {
    throw new DomainError('AUTH.FORBIDDEN', 'You do not have access to this layout.')
  }
  return {
    userId,
    organizationId: property.organizationId,
    propertyId: parsed.propertyId,
    role,
    readOnly: !canPerform(role, 'write', 'LAYOUT'),
  }
}
