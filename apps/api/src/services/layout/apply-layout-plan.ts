// Applies a LayoutPlan inside the caller's transaction (LAYR8). Codes and addresses that
// change, and those of rows about to be removed, first take temporary unique values, so
// swaps never trip the unique constraints (propertyId, code), (buildingId, code),
// (roomId, code) and (propertyId, address). Positions are written set-based.
import { randomUUID } from 'node:crypto'
import type { Prisma, TransactionClient } from '@growops/db'
import type {
  CurrentHierarchy,
  LayoutPlan,
  PlannedEntitySummary,
  PublishedLayout,
} from '@growops/domain'
import { removalBlockedError } from './removal-blocked.ts'

export interface ApplyLayoutPlanInput {
  propertyId: string
  organizationId: string
  actorId: string
  current: CurrentHierarchy
  plan: LayoutPlan
}

export interface AppliedLayoutPlan {
  /** Plants whose address followed a re-addressed position. */
  readdressedPlants: number
}

type Table = 'Building' | 'Room' | 'Section'

const MOVES: readonly PropertyKey[] = ['code', 'buildingKey', 'roomKey']

function movingIds(entities: readonly PlannedEntitySummary[]): string[] {
  return entities.flatMap((e) =>
    e.id !== null && e.changed.some((field) => MOVES.includes(field)) ? [e.id] : [],
  )
}

/** Gives rows whose code changes or which go away a code no one else can hold. */
async function freeCodes(tx: TransactionClient, table: Table, ids: string[]): Promise<void> {
  if (ids.length === 0) return
  const now = new Date()
  // Table names cannot be parameters; `table` is one of three literals.
  await tx.$executeRawUnsafe(
    `UPDATE "${table}" SET code = '~' || id, "updatedAt" = $2 WHERE id = ANY($1::text[])`,
    ids,
    now,
  )
}

function idOf(keyToId: Map<string, string>, key: string): string {
  const id = keyToId.get(key)
  if (id === undefined) throw new Error(`layout element ${key} has no row`)
  return id
}

function json(value: PublishedLayout): Prisma.InputJsonValue {
  return value
}

async function writeEntities(
  tx: TransactionClient,
  input: ApplyLayoutPlanInput,
  keyToId: Map<string, string>,
): Promise<void> {
  const { plan, propertyId } = input
  for (const entity of [...plan.buildings, ...plan.rooms, ...plan.sections]) {
    keyToId.set(entity.key, entity.id ?? randomUUID())
  }
  const newBuildings = plan.buildings.filter((b) => b.id === null)
  if (newBuildings.length > 0) {
    await tx.building.createMany({
      data: newBuildings.map(({ key, data }) => ({
        id: idOf(keyToId, key),
        propertyId,
        ...data,
        layout: json(data.layout),
      })),
    })
  }
  for (const { id, data, changed } of plan.buildings) {
    if (id === null || changed.length === 0) continue
    await tx.building.update({ where: { id }, data: { ...data, layout: json(data.layout) } })
  }
  const newRooms = plan.rooms.filter((r) => r.id === null)
  if (newRooms.length > 0) {
    await tx.room.createMany({
      data: newRooms.map(({ key, data: { buildingKey, ...data }, metrcLocationName }) => ({
        id: idOf(keyToId, key),
        buildingId: idOf(keyToId, buildingKey),
        ...data,
        layout: json(data.layout),
        metrcLocationName,
      })),
    })
  }
  for (const { id, data, changed } of plan.rooms) {
    if (id === null || changed.length === 0) continue
    const { buildingKey, ...fields } = data
    await tx.room.update({
      where: { id },
      data: { ...fields, buildingId: idOf(keyToId, buildingKey), layout: json(fields.layout) },
    })
  }
  const newSections = plan.sections.filter((s) => s.id === null)
  if (newSections.length > 0) {
    await tx.section.createMany({
      data: newSections.map(({ key, data: { roomKey, ...data } }) => ({
        id: idOf(keyToId, key),
        roomId: idOf(keyToId, roomKey),
        ...data,
        layout: json(data.layout),
      })),
    })
  }
  for (const { id, data, changed } of plan.sections) {
    if (id === null || changed.length === 0) continue
    const { roomKey, ...fields } = data
    const roomId = idOf(keyToId, roomKey)
    await tx.section.update({
      where: { id },
      data: { ...fields, roomId, layout: json(fields.layout) },
    })
    if (changed.includes('roomKey')) {
      await tx.position.updateMany({ where: { sectionId: id }, data: { roomId } })
    }
  }
}

/** Locks the positions to remove and re-checks them for plants placed since the plan was made. */
async function removePositions(tx: TransactionClient, plan: LayoutPlan): Promise<void> {
  const ids = plan.positions.remove.map((p) => p.id)
  if (ids.length === 0) return
  await tx.$queryRaw`SELECT id FROM "Position" WHERE id = ANY(${ids}::text[]) FOR UPDATE`
  const planted = await tx.$queryRaw<{ address: string; plantId: string; plantTag: string }[]>`
    SELECT p.address, pl.id AS "plantId", pl."tagNumber" AS "plantTag"
    FROM "Position" p JOIN "Plant" pl ON pl."positionId" = p.id
    WHERE p.id = ANY(${ids}::text[])
    ORDER BY p.address`
  if (planted.length > 0) throw removalBlockedError(planted)
  await tx.$executeRaw`DELETE FROM "Position" WHERE id = ANY(${ids}::text[])`
}

async function readdressPositions(
  tx: TransactionClient,
  input: ApplyLayoutPlanInput,
): Promise<number> {
  const changes = input.plan.positions.readdress
  if (changes.length === 0) return 0
  const ids = changes.map((c) => c.id)
  const addresses = changes.map((c) => c.to)
  const now = new Date()
  await tx.$executeRaw`
    UPDATE "Position" SET address = '~' || id WHERE id = ANY(${ids}::text[])`
  await tx.$executeRaw`
    UPDATE "Position" AS p SET address = v.address, "updatedAt" = ${now}
    FROM unnest(${ids}::text[], ${addresses}::text[]) AS v(id, address)
    WHERE p.id = v.id`
  if (!changes.some((c) => c.plant !== null)) return 0
  const planted = changes.flatMap((c) => (c.plant ? [c.id] : []))
  const history = await tx.$executeRaw`
    INSERT INTO "PlantLocationHistory"
      (id, "plantId", "fromPositionId", "toPositionId", "fromAddress", "toAddress", "movedById", "movedAt", reason)
    SELECT gen_random_uuid()::text, pl.id, pos.id, pos.id, pl.address, pos.address,
           ${input.actorId}, ${now}, 'READDRESS'::"MoveReason"
    FROM "Plant" pl JOIN "Position" pos ON pos.id = pl."positionId"
    WHERE pos.id = ANY(${planted}::text[])
      AND pl."organizationId" = ${input.organizationId}
      AND pl.address IS DISTINCT FROM pos.address`
  await tx.$executeRaw`
    UPDATE "Plant" AS pl SET address = pos.address, "updatedAt" = ${now}
    FROM "Position" pos
    WHERE pos.id = pl."positionId" AND pos.id = ANY(${planted}::text[])
      AND pl."organizationId" = ${input.organizationId}
      AND pl.address IS DISTINCT FROM pos.address`
  return history
}

async function createRowsAndPositions(
  tx: TransactionClient,
  input: ApplyLayoutPlanInput,
  keyToId: Map<string, string>,
): Promise<void> {
  const { plan, current } = input
  const rowIds = new Map<string, string>()
  for (const building of current.buildings)
    for (const room of building.rooms)
      for (const section of room.sections)
        for (const row of section.rows) rowIds.set(`${section.id}:${row.number}`, row.id)
  const newRows = plan.rows.create.map(({ sectionKey, number }) => {
    const sectionId = idOf(keyToId, sectionKey)
    const id = randomUUID()
    rowIds.set(`${sectionId}:${number}`, id)
    return { id, sectionId, number }
  })
  if (newRows.length > 0) await tx.row.createMany({ data: newRows })
  if (plan.positions.create.length === 0) return

  const roomOfSection = new Map(
    plan.sections.map((s) => [idOf(keyToId, s.key), idOf(keyToId, s.data.roomKey)]),
  )
  const [rows, sections, rooms, columns, slots, addresses] = [[], [], [], [], [], []] as [
    string[],
    string[],
    string[],
    number[],
    number[],
    string[],
  ]
  for (const position of plan.positions.create) {
    const sectionId = idOf(keyToId, position.sectionKey)
    rows.push(idOf(rowIds, `${sectionId}:${position.row}`))
    sections.push(sectionId)
    rooms.push(idOf(roomOfSection, sectionId))
    columns.push(position.column)
    slots.push(position.slot)
    addresses.push(position.address)
  }
  const now = new Date()
  await tx.$executeRaw`
    INSERT INTO "Position"
      (id, "rowId", "sectionId", "roomId", "propertyId", "column", slot, address, status, "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, c."rowId", c."sectionId", c."roomId", ${input.propertyId},
           c."column", c.slot, c.address, 'EMPTY'::"PositionStatus", ${now}, ${now}
    FROM unnest(${rows}::text[], ${sections}::text[], ${rooms}::text[], ${columns}::int[],
                ${slots}::int[], ${addresses}::text[])
      AS c("rowId", "sectionId", "roomId", "column", slot, address)`
}

async function deleteRemoved(tx: TransactionClient, plan: LayoutPlan): Promise<void> {
  const ids = (list: { id: string }[]) => list.map((item) => item.id)
  if (plan.rows.remove.length > 0) {
    await tx.row.deleteMany({ where: { id: { in: ids(plan.rows.remove) } } })
  }
  if (plan.removed.sections.length > 0) {
    await tx.section.deleteMany({ where: { id: { in: ids(plan.removed.sections) } } })
  }
  if (plan.removed.rooms.length > 0) {
    await tx.room.deleteMany({ where: { id: { in: ids(plan.removed.rooms) } } })
  }
  if (plan.removed.buildings.length > 0) {
    await tx.building.deleteMany({ where: { id: { in: ids(plan.removed.buildings) } } })
  }
}

/**
 * Writes the plan: removed positions go first (re-checked for plants under a row lock),
 * then codes are freed, entities created and updated, addresses rewritten in two phases
 * (with READDRESS history for plants), new rows and positions inserted, and what no element
 * kept deleted, children first.
 */
export async function applyLayoutPlan(
  tx: TransactionClient,
  input: ApplyLayoutPlanInput,
): Promise<AppliedLayoutPlan> {
  const { plan } = input
  if (plan.blocked.length > 0) throw removalBlockedError(plan.blocked)
  await removePositions(tx, plan)
  await freeCodes(tx, 'Building', [
    ...movingIds(plan.buildings),
    ...plan.removed.buildings.map((b) => b.id),
  ])
  await freeCodes(tx, 'Room', [...movingIds(plan.rooms), ...plan.removed.rooms.map((r) => r.id)])
  await freeCodes(tx, 'Section', [
    ...movingIds(plan.sections),
    ...plan.removed.sections.map((s) => s.id),
  ])
  const keyToId = new Map<string, string>()
  await writeEntities(tx, input, keyToId)
  const readdressedPlants = await readdressPositions(tx, input)
  await createRowsAndPositions(tx, input, keyToId)
  await deleteRemoved(tx, plan)
  return { readdressedPlants }
}
