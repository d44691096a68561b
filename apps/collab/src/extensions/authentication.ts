// Admits a WebSocket connection only with a valid session (the same cookie or token the
// api issues) and membership of the organization owning the document's property.
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server'
import { sessionTokenFromCookieHeader, validateSessionToken, type PrismaClient } from '@growops/db'
import { DomainError } from '@growops/domain'
import { resolveDocumentAccess, type DocumentAccess } from '../document-access.ts'

export type CollabContext = DocumentAccess

export function createAuthentication(prisma: PrismaClient): Extension {
  return {
    extensionName: 'growops-authentication',
    async onAuthenticate(payload: onAuthenticatePayload): Promise<CollabContext> {
      // Browsers send the HttpOnly cookie with the upgrade request; other clients may pass
      // the token explicitly.
      const token =
        payload.token || sessionTokenFromCookieHeader(payload.requestHeaders.get('cookie'))
      const session = token ? await validateSessionToken(prisma, token) : null
      if (!session) throw new DomainError('AUTH.UNAUTHENTICATED', 'Sign in to open the layout.')
      const access = await resolveDocumentAccess(prisma, session.user.id, payload.documentName)
      if (access.readOnly) payload.connectionConfig.readOnly = true
      return access
    },
  }
}
