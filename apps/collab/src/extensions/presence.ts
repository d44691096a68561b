// Presence is what each client publishes in its awareness state under `presence`. The server
// vouches for two of its fields: `userId` is the authenticated user and `readOnly` is the
// connection's real mode, so that nobody can appear as someone else or hide being read-only.
import type { Extension } from '@hocuspocus/server'
import type { CollabContext } from './authentication.ts'

const PRESENCE_KEY = 'presence'

export function createPresenceGuard(): Extension {
  return {
    extensionName: 'growops-presence',
    beforeHandleAwareness({ states, connection, context }) {
      // Awareness relayed by Redis was already rewritten on the instance the client is on.
      if (!connection) return Promise.resolve()
      const access = context as CollabContext | undefined
      for (const state of states.values()) {
        const presence: unknown = state[PRESENCE_KEY]
        if (typeof presence !== 'object' || presence === null) continue
        state[PRESENCE_KEY] = {
          ...presence,
          userId: access?.userId ?? '',
          readOnly: connection.readOnly,
        }
      }
      return Promise.resolve()
    },
  }
}
