// What a scanned or opened label link names, in the actor's organization: the web's /q route
// turns it into a screen. A row of another organization answers exactly like a missing one.
import type { PrismaClient } from '@growops/db'
import { DomainError, parseQrPayload, type QrKind } from '@growops/domain'
import type { Actor } from '../access/actor.ts'
import { visibleBatchWhere, visiblePlantWhere } from '../batches/batch-access.ts'

export type ResolvedLabel =
  | { kind: 'p'; plantId: string; tag: string; address: string | null; roomId: string | null }
  | { kind: 'a'; positionId: string; address: string; roomId: string; sectionId: string }
  | { kind: 's'; sectionId: string; address: string; roomId: string }
  | { kind: 'r'; roomId: string; address: string }
  | { kind: 'b'; batchId: string; name: string }

const KIND_NOUN: Record<QrKind, string> = {
  p: 'plant',
  a: 'position',
  s: 'section',
  r: 'room',
  b: 'batch',
  v: 'visitor badge',
}

function labelNotFound(kind: QrKind): DomainError {
  return new DomainError(
    'NOT_FOUND',
    `This ${KIND_NOUN[kind]} label is not of your organization, or what it names was removed.`,
    { entity: 'Label', kind },
  )
}

const ORG_ROOM = (actor: Actor) => ({
  building: { property: { organizationId: actor.organizationId } },
})

function roomAddress(room: {
  code: string
  building: { code: string; property: { code: string } }
}): string {
  return `${room.building.property.code}.${room.building.code}.${room.code}`
}

const ROOM_CODES = {
  select: {
    code: true,
    building: { select: { code: true, property: { select: { code: true } } } },
  },
} as const

/** Resolves a label link (QR4; its errors) to the row it names, or NOT_FOUND. */
export async function resolveLabel(
  prisma: PrismaClient,
  actor: Actor,
  code: string,
): Promise<ResolvedLabel> {
  const payload = parseQrPayload(code)
  if (payload.kind === 'p') {
    const plant = await prisma.plant.findFirst({
      where: { tagNumber: payload.tag, ...visiblePlantWhere(actor) },
      select: { id: true, tagNumber: true, address: true, position: { select: { roomId: true } } },
    })
    if (!plant) throw labelNotFound('p')
    return {
      kind: 'p',
      plantId: plant.id,
      tag: plant.tagNumber,
      address: plant.address,
      roomId: plant.position?.roomId ?? null,
    }
  }
  switch (payload.kind) {
    case 'a': {
      const position = await prisma.position.findFirst({
        where: { id: payload.id, property: { organizationId: actor.organizationId } },
        select: { id: true, address: true, roomId: true, sectionId: true },
      })
      if (!position) throw labelNotFound('a')
      return {
        kind: 'a',
        positionId: position.id,
        address: position.address,
        roomId: position.roomId,
        sectionId: position.sectionId,
      }
    }
    case 's': {
      const section = await prisma.section.findFirst({
        where: { id: payload.id, room: ORG_ROOM(actor) },
        select: { id: true, code: true, roomId: true, room: ROOM_CODES },
      })
      if (!section) throw labelNotFound('s')
      return {
        kind: 's',
        sectionId: section.id,
        roomId: section.roomId,
        address: `${roomAddress(section.room)}.${section.code}`,
      }
    }
    case 'r': {
      const room = await prisma.room.findFirst({
        where: { id: payload.id, ...ORG_ROOM(actor) },
        select: { id: true, ...ROOM_CODES.select },
      })
      if (!room) throw labelNotFound('r')
      return { kind: 'r', roomId: room.id, address: roomAddress(room) }
    }
    case 'b': {
      const batch = await prisma.batch.findFirst({
        where: { id: payload.id, ...visibleBatchWhere(actor) },
        select: { id: true, name: true },
      })
      if (!batch) throw labelNotFound('b')
      return { kind: 'b', batchId: batch.id, name: batch.name }
    }
    // Visitor badges open the visitors page, which looks the badge up itself.
    case 'v':
      throw labelNotFound('v')
  }
}
