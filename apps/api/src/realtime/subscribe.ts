// `subscribe` (client → server, with an ack): join the rooms of one organization the user is
// a member of. Every property and room asked for must belong to it, or nothing is joined.
// A subscribe replaces the previous one, so a client switching organization or property
// leaves what it no longer shows. Malformed input gets `{ ok: false }`, never an exception.
import type { Socket } from 'socket.io'
import type { PrismaClient } from '@growops/db'
import { liveRoom, LiveSubscribeSchema, type LiveSubscribe } from '@growops/domain'
import type { LiveSocketData } from './handshake.ts'

export type SubscribeAck = { ok: true; rooms: string[] } | { ok: false; error: string }

async function sessionIsLive(prisma: PrismaClient, sessionId: string): Promise<boolean> {
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    select: { expiresAt: true },
  })
  return session !== null && session.expiresAt > new Date()
}

/** The rooms `request` may join, or why not. */
export async function roomsAllowed(
  prisma: PrismaClient,
  userId: string,
  request: LiveSubscribe,
): Promise<SubscribeAck> {
  const { organizationId } = request
  const membership = await prisma.membership.findUnique({
    where: { userId_organizationId: { userId, organizationId } },
    select: { role: true },
  })
  if (!membership) return { ok: false, error: 'You are not a member of this organization.' }
  const propertyIds = [...new Set(request.propertyIds)]
  const roomIds = [...new Set(request.roomIds)]
  const [properties, rooms] = await Promise.all([
    propertyIds.length === 0
      ? 0
      : prisma.property.count({ where: { id: { in: propertyIds }, organizationId } }),
    roomIds.length === 0
      ? 0
      : prisma.room.count({
          where: { id: { in: roomIds }, building: { property: { organizationId } } },
        }),
  ])
  if (properties < propertyIds.length) {
    return { ok: false, error: 'A property asked for is not in this organization.' }
  }
  if (rooms < roomIds.length) {
    return { ok: false, error: 'A room asked for is not in this organization.' }
  }
  return {
    ok: true,
    rooms: [
      liveRoom.organization(organizationId),
      ...propertyIds.map(liveRoom.property),
      ...roomIds.map(liveRoom.room),
    ],
  }
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0]
  if (!issue) return 'Invalid subscription.'
  const path = issue.path.map(String).join('.')
  return path ? `${path}: ${issue.message}` : issue.message
}

export function handleSubscribe(
  prisma: PrismaClient,
  socket: Socket,
  log: (message: string) => void,
): (raw: unknown, ack?: unknown) => void {
  return (raw, ack) => {
    const reply = (answer: SubscribeAck) => {
      if (typeof ack === 'function') (ack as (answer: SubscribeAck) => void)(answer)
    }
    const data = socket.data as LiveSocketData
    const parsed = LiveSubscribeSchema.safeParse(raw)
    if (!parsed.success) {
      reply({ ok: false, error: firstIssue(parsed.error) })
      return
    }
    subscribe(prisma, socket, data, parsed.data)
      .then(reply)
      .catch((error: unknown) => {
        log(`[live] subscribe failed: ${error instanceof Error ? error.message : String(error)}`)
        reply({ ok: false, error: 'Could not subscribe; try again.' })
      })
  }
}

async function subscribe(
  prisma: PrismaClient,
  socket: Socket,
  data: LiveSocketData,
  request: LiveSubscribe,
): Promise<SubscribeAck> {
  if (!(await sessionIsLive(prisma, data.sessionId))) {
    // After the answer has gone out.
    setTimeout(() => socket.disconnect(true), 100)
    return { ok: false, error: 'Your session has ended; sign in again.' }
  }
  const answer = await roomsAllowed(prisma, data.userId, request)
  if (!answer.ok) return answer
  const keep = new Set([socket.id, liveRoom.user(data.userId), ...answer.rooms])
  for (const room of socket.rooms) if (!keep.has(room)) await socket.leave(room)
  await socket.join(answer.rooms)
  return answer
}
