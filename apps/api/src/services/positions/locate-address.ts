// `position.locate`: resolves an address of any level (typed or scanned, already normalized
// by the input schema) to the ids of the places it names, walking the hierarchy through its
// unique sibling codes: every step is one indexed lookup.
import type { PrismaClient } from '@growops/db'
import {
  addressFormForSectionType,
  DomainError,
  parseAddressPrefix,
  type AddressLevel,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'

export interface LocatedAddress {
  level: AddressLevel
  address: string
  propertyId: string
  buildingId?: string
  roomId?: string
  sectionId?: string
  /** For row and cell levels: the table row or rack level. */
  rowId?: string
  /** For the cell level: the cell's first slot. */
  positionId?: string
}

function notFound(address: string, missing: string): DomainError {
  return new DomainError('NOT_FOUND', `Nothing at ${address}: no such ${missing}.`, {
    entity: 'Address',
    address,
    missing,
  })
}

export async function locateAddress(
  prisma: PrismaClient,
  actor: Actor,
  address: string,
): Promise<LocatedAddress> {
  const { level, parts } = parseAddressPrefix(address)
  const property = await prisma.property.findUnique({
    where: { organizationId_code: { organizationId: actor.organizationId, code: parts.property } },
    select: { id: true },
  })
  if (!property) throw notFound(address, 'property')
  const found: LocatedAddress = { level, address, propertyId: property.id }
  if (parts.building === undefined) return found
  const building = await prisma.building.findUnique({
    where: { propertyId_code: { propertyId: property.id, code: parts.building } },
    select: { id: true },
  })
  if (!building) throw notFound(address, 'building')
  found.buildingId = building.id
  if (parts.room === undefined) return found
  const room = await prisma.room.findUnique({
    where: { buildingId_code: { buildingId: building.id, code: parts.room } },
    select: { id: true },
  })
  if (!room) throw notFound(address, 'room')
  found.roomId = room.id
  if (parts.section === undefined) return found
  const section = await prisma.section.findUnique({
    where: { roomId_code: { roomId: room.id, code: parts.section } },
    select: { id: true, type: true },
  })
  if (!section) throw notFound(address, 'section')
  found.sectionId = section.id
  if (parts.kind === undefined) return found
  const form = addressFormForSectionType(section.type)
  if (form !== parts.kind) {
    throw notFound(
      address,
      form === 'rack'
        ? 'table row (this section is a rack: use L<n>.H<n>)'
        : 'rack level (this section is a table: use R<n>.C<n>)',
    )
  }
  const rowNumber = parts.kind === 'rack' ? parts.level : parts.row
  const column = parts.kind === 'rack' ? parts.hanger : parts.column
  if (rowNumber === undefined) return found
  const row = await prisma.row.findUnique({
    where: { sectionId_number: { sectionId: section.id, number: rowNumber } },
    select: { id: true },
  })
  if (!row) throw notFound(address, parts.kind === 'rack' ? 'rack level' : 'row')
  found.rowId = row.id
  if (column === undefined) return found
  const position = await prisma.position.findFirst({
    where: { rowId: row.id, column, ...(parts.slot === undefined ? {} : { slot: parts.slot }) },
    select: { id: true },
    orderBy: { slot: 'asc' },
  })
  if (!position) throw notFound(address, parts.slot === undefined ? 'cell' : 'position')
  found.positionId = position.id
  return found
}
