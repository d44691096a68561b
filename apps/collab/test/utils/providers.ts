// Real Hocuspocus providers for tests (Node has no global WebSocket: `ws` stands in).
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'

export interface ConnectedProvider {
  provider: HocuspocusProvider
  /** Resolves 'synced' once the document synced, or 'denied' with the reason. */
  outcome: Promise<{ result: 'synced' } | { result: 'denied'; reason: string }>
  destroy(): void
}

/** A WebSocket class that sends a Cookie header, as a browser does on the upgrade request. */
function webSocketWithCookie(cookie: string): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } })
    }
  } as typeof WebSocket
}

export function connect(
  url: string,
  documentName: string,
  credentials: { token?: string; cookie?: string } = {},
): ConnectedProvider {
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: credentials.cookie ? webSocketWithCookie(credentials.cookie) : WebSocket,
    maxAttempts: 1,
  })
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    token: credentials.token ?? '',
  })
  const outcome = new Promise<{ result: 'synced' } | { result: 'denied'; reason: string }>(
    (resolve) => {
      provider.on('synced', () => resolve({ result: 'synced' }))
      provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
        resolve({ result: 'denied', reason }),
      )
    },
  )
  provider.attach()
  return {
    provider,
    outcome,
    destroy() {
      provider.destroy()
      socket.destroy()
    },
  }
}
