import { useState } from 'react'
import { newIdempotencyKey } from '../new-key.ts'

/**
 * The idempotency key of the change being entered: kept across retries of a failed submit (a
 * refused request stores nothing, so the key stays free) and renewed after a success.
 */
export function useIdempotencyKey(): { key: string; renew: () => void } {
  const [key, setKey] = useState(newIdempotencyKey)
  return { key, renew: () => setKey(newIdempotencyKey()) }
}
