// Loads one hierarchy entity with its ancestors' codes, scoped to the actor's organization
// (another organization's entity is NOT_FOUND, never revealed), and locks the chain:
// - 'share' (creating beneath, e.g. a section in a room): ancestors cannot be renamed or
//   deleted until we commit, so the addresses we write use the codes that stay;
// - 'update' (renaming or deleting the entity): the entity is ours alone, its ancestors
//   are held as for 'share'.
import { Prisma, type TransactionClient } from '@growops/db'
import { DomainError, type HierarchyEntityType } from '@growops/domain'
import type { Actor } from '../access/actor.ts'

export type ChainLock = 'share' | 'update'

function lockClause(lock: ChainLock, alias: string): Prisma.Sql {
  return lock === 'share' ? Prisma.sql`FOR SHARE` : Prisma.raw(`FOR UPDATE OF ${alias} FOR SHARE`)
}

export function notFound(entityType: HierarchyEntityType, id: string): DomainError {
  const noun = entityType.toLowerCase()
  return new DomainError(
    'NOT_FOUND',
    `This ${noun} does not exist or is not in your organization.`,
    { entityType, id },
  )
}

function single<T>(rows: T[], entityType: HierarchyEntityType, id: string): T {
  const [row] = rows
  if (row === undefined) throw notFound(entityType, id)
  return row
}

export interface PropertyChain {
  id: string
  code: string
  name: string
  licenseNumber: string | null
  address: string | null
}

export async function lockProperty(
  tx: TransactionClient,
  actor: Actor,
  propertyId: string,
  lock: ChainLock,
): Promise<PropertyChain> {
  const rows = await tx.$queryRaw<PropertyChain[]>`
    SELECT p.id, p.code, p.name, p."licenseNumber", p.address
    FROM "Property" p
    WHERE p.id = ${propertyId} AND p."organizationId" = ${actor.organizationId}
    ${lock === 'share' ? Prisma.sql`FOR SHARE` : Prisma.sql`FOR UPDATE`}`
  return single(rows, 'Property', propertyId)
}

export interface BuildingChain {
  id: string
  code: string
  name: string
  type: string
  propertyId: string
  propertyCode: string
}

export async function lockBuilding(
  tx: TransactionClient,
  actor: Actor,
  buildingId: string,
  lock: ChainLock,
): Promise<BuildingChain> {
  const rows = await tx.$queryRaw<BuildingChain[]>`
    SELECT b.id, b.code, b.name, b.type::text AS type, p.id AS "propertyId", p.code AS "propertyCode"
    FROM "Building" b JOIN "Property" p ON p.id = b."propertyId"
    WHERE b.id = ${buildingId} AND p."organizationId" = ${actor.organizationId}
    ${lockClause(lock, 'b')}`
  return single(rows, 'Building', buildingId)
}

export interface RoomChain {
  id: string
  code: string
  name: string
  type: string
  metrcLocationName: string | null
  buildingId: string
  buildingCode: string
  propertyId: string
  propertyCode: string
}

export async function lockRoom(
  tx: TransactionClient,
  actor: Actor,
  roomId: string,
  lock: ChainLock,
): Promise<RoomChain> {
  const rows = await tx.$queryRaw<RoomChain[]>`
    SELECT r.id, r.code, r.name, r.type::text AS type, r."metrcLocationName",
           b.id AS "buildingId", b.code AS "buildingCode",
           p.id AS "propertyId", p.code AS "propertyCode"
    FROM "Room" r
    JOIN "Building" b ON b.id = r."buildingId"
    JOIN "Property" p ON p.id = b."propertyId"
    WHERE r.id = ${roomId} AND p."organizationId" = ${actor.organizationId}
    ${lockClause(lock, 'r')}`
  return single(rows, 'Room', roomId)
}

export interface SectionChain {
  id: string
  code: string
  name: string
  type: 'FLOOR' | 'TABLE' | 'RACK' | 'HANGER' | 'TRAY'
  spacingInches: number | null
  roomId: string
  roomCode: string
  buildingCode: string
  propertyId: string
  propertyCode: string
}

export async function lockSection(
  tx: TransactionClient,
  actor: Actor,
  sectionId: string,
  lock: ChainLock,
): Promise<SectionChain> {
  const rows = await tx.$queryRaw<SectionChain[]>`
    SELECT s.id, s.code, s.name, s.type::text AS type, s."spacingInches",
           r.id AS "roomId", r.code AS "roomCode", b.code AS "buildingCode",
           p.id AS "propertyId", p.code AS "propertyCode"
    FROM "Section" s
    JOIN "Room" r ON r.id = s."roomId"
    JOIN "Building" b ON b.id = r."buildingId"
    JOIN "Property" p ON p.id = b."propertyId"
    WHERE s.id = ${sectionId} AND p."organizationId" = ${actor.organizationId}
    ${lockClause(lock, 's')}`
  return single(rows, 'Section', sectionId)
}

export interface RowChain {
  id: string
  number: number
  sectionId: string
  sectionCode: string
  sectionType: SectionChain['type']
  roomCode: string
  buildingCode: string
  propertyCode: string
}

export async function lockRow(
  tx: TransactionClient,
  actor: Actor,
  rowId: string,
  lock: ChainLock,
): Promise<RowChain> {
  const rows = await tx.$queryRaw<RowChain[]>`
    SELECT w.id, w.number, s.id AS "sectionId", s.code AS "sectionCode",
           s.type::text AS "sectionType", r.code AS "roomCode", b.code AS "buildingCode",
           p.code AS "propertyCode"
    FROM "Row" w
    JOIN "Section" s ON s.id = w."sectionId"
    JOIN "Room" r ON r.id = s."roomId"
    JOIN "Building" b ON b.id = r."buildingId"
    JOIN "Property" p ON p.id = b."propertyId"
    WHERE w.id = ${rowId} AND p."organizationId" = ${actor.organizationId}
    ${lockClause(lock, 'w')}`
  return single(rows, 'Row', rowId)
}
