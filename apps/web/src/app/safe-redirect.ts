/**
 * The in-app path to return to after signing in, from the `next` query parameter.
 * Only same-origin absolute paths are accepted, so the parameter can't send people to
 * another site (`//evil.example`, `https://…`, `/\evil`).
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/'
  if (next === '/sign-in' || next.startsWith('/sign-in?') || next.startsWith('/sign-in/'))
    return '/'
  return next
}

/**
 * `/sign-in`, with `next` when the person was headed somewhere other than home. The
 * hash is left out: it only scrolls within a page (and is often the skip link's #main).
 */
export function signInPathFor(location: { pathname: string; search: string }): string {
  const target = `${location.pathname}${location.search}`
  if (target === '/' || location.pathname === '/sign-in') return '/sign-in'
  return `/sign-in?${new URLSearchParams({ next: target }).toString()}`
}
