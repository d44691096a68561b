// Sensor setup: create (the API key is answered once, only its hash is kept), update,
// rotate the key, remove, and list with the latest value per metric.
import { isUniqueViolation, type PrismaClient } from '@growops/db'
import {
  DomainError,
  type SensorCreateInput,
  type SensorListInput,
  type SensorUpdateInput,
} from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { appendAuditEntry } from '../audit/append-audit-entry.ts'
import {
  assertPlacement,
  assertPropertyFor,
  findSensorFor,
  requireFullAccess,
} from './sensor-access.ts'
import { generateSensorKey } from './sensor-keys.ts'
import { latestValuesOf, toSensorView, type SensorView } from './sensor-view.ts'

export interface SensorWithKey {
  sensor: SensorView
  /** Shown once: give it to the device. */
  apiKey: string
}

function codeTaken(error: unknown, code: string): unknown {
  return isUniqueViolation(error)
    ? new DomainError('SENSOR.CODE_TAKEN', `A sensor with code ${code} already exists here.`, {
        code,
      })
    : error
}

export async function createSensor(
  prisma: PrismaClient,
  actor: Actor,
  input: SensorCreateInput,
): Promise<SensorWithKey> {
  requireFullAccess(actor, 'set up sensors')
  await assertPropertyFor(prisma, actor, input.propertyId)
  await assertPlacement(prisma, input.propertyId, input)
  const key = generateSensorKey()
  const sensor = await prisma
    .$transaction(async (tx) => {
      const created = await tx.sensor.create({
        data: {
          organizationId: actor.organizationId,
          propertyId: input.propertyId,
          roomId: input.roomId,
          positionId: input.positionId,
          code: input.code,
          name: input.name,
          kind: input.kind,
          apiKeyHash: key.hash,
          apiKeyPrefix: key.prefix,
        },
      })
      await appendAuditEntry(tx, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'sensor.create',
        entityType: 'Sensor',
        entityId: created.id,
        after: { code: created.code, kind: created.kind, roomId: created.roomId },
      })
      return created
    })
    .catch((error: unknown) => {
      throw codeTaken(error, input.code)
    })
  return { sensor: toSensorView(sensor), apiKey: key.key }
}

export async function updateSensor(
  prisma: PrismaClient,
  actor: Actor,
  input: SensorUpdateInput,
): Promise<SensorView> {
  requireFullAccess(actor, 'change sensors')
  const sensor = await findSensorFor(prisma, actor, input.sensorId)
  const roomId = input.roomId === undefined ? sensor.roomId : input.roomId
  const positionId = input.positionId === undefined ? sensor.positionId : input.positionId
  await assertPlacement(prisma, sensor.propertyId, { roomId, positionId })
  const updated = await prisma.sensor.update({
    where: { id: sensor.id },
    data: { roomId, positionId, name: input.name, kind: input.kind },
  })
  const latest = await latestValuesOf(prisma, [updated.id])
  return toSensorView(updated, latest.get(updated.id))
}

/** A new key; the old one stops working at once. */
export async function rotateSensorKey(
  prisma: PrismaClient,
  actor: Actor,
  sensorId: string,
): Promise<SensorWithKey> {
  requireFullAccess(actor, 'rotate sensor keys')
  const sensor = await findSensorFor(prisma, actor, sensorId)
  const key = generateSensorKey()
  const updated = await prisma.$transaction(async (tx) => {
    const row = await tx.sensor.update({
      where: { id: sensor.id },
      data: { apiKeyHash: key.hash, apiKeyPrefix: key.prefix },
    })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'sensor.rotateKey',
      entityType: 'Sensor',
      entityId: sensor.id,
      before: { apiKeyPrefix: sensor.apiKeyPrefix },
      after: { apiKeyPrefix: key.prefix },
    })
    return row
  })
  return { sensor: toSensorView(updated), apiKey: key.key }
}

/** Removes a sensor with its readings; its alerts stay (without the sensor). */
export async function removeSensor(
  prisma: PrismaClient,
  actor: Actor,
  sensorId: string,
): Promise<{ removed: true }> {
  requireFullAccess(actor, 'remove sensors')
  const sensor = await findSensorFor(prisma, actor, sensorId)
  await prisma.$transaction(async (tx) => {
    await tx.sensor.delete({ where: { id: sensor.id } })
    await appendAuditEntry(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'sensor.remove',
      entityType: 'Sensor',
      entityId: sensor.id,
      before: { code: sensor.code, kind: sensor.kind, roomId: sensor.roomId },
    })
  })
  return { removed: true }
}

export async function listSensors(
  prisma: PrismaClient,
  actor: Actor,
  input: SensorListInput,
): Promise<SensorView[]> {
  const sensors = await prisma.sensor.findMany({
    where: {
      organizationId: actor.organizationId,
      ...(input.propertyId ? { propertyId: input.propertyId } : {}),
      ...(input.roomId ? { roomId: input.roomId } : {}),
    },
    orderBy: [{ propertyId: 'asc' }, { code: 'asc' }],
    take: 1000,
  })
  const latest = await latestValuesOf(
    prisma,
    sensors.map((sensor) => sensor.id),
  )
  return sensors.map((sensor) => toSensorView(sensor, latest.get(sensor.id)))
}
