// Device API keys: random, shown once, stored as SHA-256 hex (a key is high-entropy, so a
// fast hash is enough and lets ingest find the sensor by an indexed equality).
import { createHash, randomBytes } from 'node:crypto'

export const SENSOR_KEY_PREFIX = 'gsk_'

export interface SensorKey {
  /** The plaintext key: give it to the device; it is never stored. */
  key: string
  hash: string
  /** First characters, to tell keys apart in lists. */
  prefix: string
}

export function hashSensorKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex')
}

export function generateSensorKey(): SensorKey {
  const key = `${SENSOR_KEY_PREFIX}${randomBytes(24).toString('base64url')}`
  return { key, hash: hashSensorKey(key), prefix: key.slice(0, SENSOR_KEY_PREFIX.length + 6) }
}
