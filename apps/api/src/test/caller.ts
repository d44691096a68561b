// Calls the real router through createCaller with a real context: cookies set by a
// procedure are captured, and later calls send them back, like a browser would.
import { SESSION_COOKIE_NAME, type PrismaClient } from '@growops/db'
import { createContext } from '../trpc/context.ts'
import { createCaller } from '../trpc/root.ts'

export interface TestClient {
  /** A caller with the client's current cookies. */
  caller(): Promise<ReturnType<typeof createCaller>>
  setCookies: string[]
  sessionToken(): string | null
}

export function createTestClient(
  prisma: PrismaClient,
  options: { ipAddress?: string } = {},
): TestClient {
  let token: string | null = null
  const setCookies: string[] = []
  return {
    setCookies,
    sessionToken: () => token,
    async caller() {
      const ctx = await createContext(
        { prisma, env: { COOKIE_SECURE: 'auto', TRUST_PROXY: false } },
        {
          cookieHeader: token ? `${SESSION_COOKIE_NAME}=${token}` : undefined,
          hostHeader: 'localhost:3000',
          ipAddress: options.ipAddress ?? '127.0.0.1',
          userAgent: 'vitest',
          appendSetCookie(value) {
            setCookies.push(value)
            const [pair = '', ...attributes] = value.split(';').map((part) => part.trim())
            const [name, cookieValue = ''] = pair.split('=')
            if (name !== SESSION_COOKIE_NAME) return
            const expired = attributes.some((attribute) => attribute === 'Max-Age=0')
            token = expired || cookieValue === '' ? null : decodeURIComponent(cookieValue)
          },
        },
      )
      return createCaller(ctx)
    },
  }
}
