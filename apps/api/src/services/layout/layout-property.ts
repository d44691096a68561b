// The property a layout procedure works on, scoped to the actor's organization: another
// organization's property is NOT_FOUND, never revealed.
import type { PrismaClient, TransactionClient } from '@growops/db'
import type { Actor } from '../access/actor.ts'
import { notFound } from '../hierarchy/hierarchy-chain.ts'

export interface LayoutProperty {
  id: string
  code: string
  name: string
}

export async function findLayoutProperty(
  prisma: PrismaClient | TransactionClient,
  actor: Actor,
  propertyId: string,
): Promise<LayoutProperty> {
  const property = await prisma.property.findFirst({
    where: { id: propertyId, organizationId: actor.organizationId },
    select: { id: true, code: true, name: true },
  })
  if (!property) throw notFound('Property', propertyId)
  return property
}
