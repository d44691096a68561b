/**
 * A fresh idempotency key for one intended stock change: the same key goes with every retry
 * of that change, so a double tap or a resent request is applied once (INV9).
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  // Pages served over plain http on a LAN have no randomUUID; random bytes do as well.
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
