// Minimal cookie parsing and serialization for the session cookie.

export function parseCookieHeader(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>()
  if (!header) return cookies
  for (const part of header.split(';')) {
    const separator = part.indexOf('=')
    if (separator <= 0) continue
    const name = part.slice(0, separator).trim()
    const raw = part.slice(separator + 1).trim()
    try {
      cookies.set(name, decodeURIComponent(raw))
    } catch {
      // A malformed escape in someone else's cookie must not break the request.
    }
  }
  return cookies
}

export interface CookieOptions {
  expires: Date
  secure: boolean
}

export function serializeSessionCookie(
  name: string,
  value: string,
  options: CookieOptions,
): string {
  const maxAgeSeconds = Math.max(0, Math.floor((options.expires.getTime() - Date.now()) / 1000))
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAgeSeconds}`,
    `Expires=${options.expires.toUTCString()}`,
  ]
  if (options.secure) parts.push('Secure')
  return parts.join('; ')
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])

/** Host header without its port: "localhost:3000" → "localhost", "[::1]:3000" → "[::1]". */
export function hostnameOf(hostHeader: string | undefined): string {
  if (!hostHeader) return ''
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1)
  return hostHeader.split(':')[0] ?? ''
}

export function isLoopbackHost(hostHeader: string | undefined): boolean {
  const hostname = hostnameOf(hostHeader).toLowerCase()
  return LOOPBACK_HOSTS.has(hostname) || hostname.endsWith('.localhost')
}
