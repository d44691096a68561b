// Presence on the layout canvas: publishes this client's pointer, selection and viewport
// in the Hocuspocus awareness, and shows everyone else's inside tldraw (cursors with
// names and colours, their selections) through tldraw's own collaborator support.
import type { HocuspocusProvider } from '@hocuspocus/provider'
import type { PresenceState } from '@growops/domain'
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { react, useValue, type Editor } from 'tldraw'
import {
  PRESENCE_FIELD,
  appUserId,
  buildLocalPresence,
  clearPresenceRecords,
  groupPeople,
  readPeers,
  syncPresenceRecords,
  throttle,
  tldrawUserId,
  type PresenceClient,
  type PresencePeer,
} from './presence-model.ts'

/** How often, at most, this client's presence is sent. */
const PUBLISH_INTERVAL_MS = 50

export interface UseLayoutPresenceOptions {
  editor: Editor | null
  provider: HocuspocusProvider | null
  user: { id: string; name: string }
  readOnly: boolean
}

export interface LayoutPresence {
  /** Other people here, one entry per person. */
  peers: PresencePeer[]
  /** The app user id this client's camera follows, if any. */
  followingUserId: string | null
  follow: (userId: string) => void
  unfollow: () => void
}

type AwarenessStates = ReadonlyMap<number, Record<string, unknown>>

function usePublishPresence({ editor, provider, user, readOnly }: UseLayoutPresenceOptions) {
  useEffect(() => {
    const awareness = provider?.awareness
    if (!editor || !awareness) return
    let lastActiveAt = new Date().toISOString()
    let activityKey = ''
    let sent = ''
    const send = throttle(() => {
      // Touch screens have no hovering pointer: no cursor to show for them.
      const hovering = editor.getInstanceState().isHoveringCanvas === true
      const point = editor.inputs.getCurrentPagePoint()
      const cursor = hovering ? { x: point.x, y: point.y } : null
      const selectedShapeIds = editor.getSelectedShapeIds()
      const key = `${cursor ? `${cursor.x},${cursor.y}` : '-'}|${selectedShapeIds.join(',')}`
      if (key !== activityKey) {
        activityKey = key
        lastActiveAt = new Date().toISOString()
      }
      const bounds = editor.getViewportPageBounds()
      const state = buildLocalPresence({
        user,
        readOnly,
        cursor,
        selectedShapeIds,
        viewport: { x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h },
        lastActiveAt,
      })
      const json = JSON.stringify(state)
      if (json === sent) return
      sent = json
      awareness.setLocalStateField(PRESENCE_FIELD, state)
    }, PUBLISH_INTERVAL_MS)
    const stop = react('publish layout presence', () => {
      editor.inputs.getCurrentPagePoint()
      editor.getSelectedShapeIds()
      editor.getViewportPageBounds()
      editor.getInstanceState()
      send()
    })
    return () => {
      stop()
      send.cancel()
      awareness.setLocalStateField(PRESENCE_FIELD, null)
    }
    // The user object may be rebuilt on each render: depend on its fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, provider, user.id, user.name, readOnly])
}

const NO_CLIENTS: PresenceClient[] = []

function useAwarenessClients(provider: HocuspocusProvider | null): PresenceClient[] {
  // The last answer, kept so unchanged awareness gives React the same array.
  const cache = useRef<{ provider: HocuspocusProvider | null; clients: PresenceClient[] }>({
    provider: null,
    clients: NO_CLIENTS,
  })
  const read = useCallback(() => {
    const awareness = provider?.awareness
    if (!awareness) return NO_CLIENTS
    const previous = cache.current.provider === provider ? cache.current.clients : NO_CLIENTS
    const states = awareness.getStates() as AwarenessStates
    const clients = readPeers(states, awareness.clientID, previous, Date.now())
    cache.current = { provider, clients }
    return clients
  }, [provider])
  const subscribe = useCallback(
    (onChange: () => void) => {
      const awareness = provider?.awareness
      if (!awareness) return () => {}
      const handler = () => {
        read()
        onChange()
      }
      awareness.on('change', handler)
      return () => awareness.off('change', handler)
    },
    [provider, read],
  )
  const getSnapshot = useCallback(
    () => (cache.current.provider === provider ? cache.current.clients : read()),
    [provider, read],
  )
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}

/** Presence of everyone on this layout; see the module comment. */
export function useLayoutPresence(options: UseLayoutPresenceOptions): LayoutPresence {
  const { editor, user } = options
  const { t } = useTranslation()
  usePublishPresence(options)
  const clients = useAwarenessClients(options.provider)

  const nameOf = useCallback(
    (state: PresenceState) =>
      state.readOnly ? t('layoutCollab.presence.cursorViewOnly', { name: state.name }) : state.name,
    [t],
  )
  useEffect(() => {
    if (!editor) return
    syncPresenceRecords(editor.store, clients, editor.getCurrentPageId(), nameOf)
  }, [editor, clients, nameOf])
  useEffect(() => {
    if (!editor) return
    return () => clearPresenceRecords(editor.store)
  }, [editor])

  const followingTlUserId = useValue(
    'layout following user',
    () => editor?.getInstanceState().followingUserId ?? null,
    [editor],
  )
  const follow = useCallback(
    (userId: string) => {
      editor?.startFollowingUser(tldrawUserId(userId))
    },
    [editor],
  )
  const unfollow = useCallback(() => {
    editor?.stopFollowingUser()
  }, [editor])

  const peers = useMemo(() => groupPeople(clients, user.id), [clients, user.id])
  return { peers, followingUserId: appUserId(followingTlUserId), follow, unfollow }
}
