// Serialization of the session cookie, and whether a request comes to a loopback host.

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
