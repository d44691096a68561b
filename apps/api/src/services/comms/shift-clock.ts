// The time zone shifts are counted in (COMM7): the server's (`TZ`, UTC when unset). The
// schema has no per-property zone; when one is added, pass it here instead.
export function shiftTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}
