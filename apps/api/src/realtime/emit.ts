// The publisher behind ctx.live in the running api: each stored event goes to the Socket.IO
// rooms of its scope in one emit, so a socket in several of those rooms gets it once.
import type { Server } from 'socket.io'
import { liveRoom, type LiveEnvelope } from '@growops/domain'
import type { LiveEventPublisher } from '../services/realtime/live-events.ts'

/** The rooms an envelope reaches: a user's own, or its room, property and organization. */
export function liveRoomsOf(envelope: LiveEnvelope): string[] {
  if (envelope.userId) return [liveRoom.user(envelope.userId)]
  const rooms: string[] = []
  if (envelope.roomId) rooms.push(liveRoom.room(envelope.roomId))
  if (envelope.propertyId) rooms.push(liveRoom.property(envelope.propertyId))
  rooms.push(liveRoom.organization(envelope.organizationId))
  return rooms
}

export function createSocketPublisher(io: Server): LiveEventPublisher {
  return {
    publish(envelopes) {
      for (const envelope of envelopes) io.to(liveRoomsOf(envelope)).emit('live', envelope)
    },
  }
}
