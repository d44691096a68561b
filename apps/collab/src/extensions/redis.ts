// Several collab instances serve one document through Redis pub/sub (Hocuspocus' Redis
// extension): updates and awareness made on one instance reach clients of the others.
// Persistence stores only updates from this instance's own clients (see persistence.ts).
import { Redis } from '@hocuspocus/extension-redis'
import type { Extension } from '@hocuspocus/server'
import IORedis from 'ioredis'

export interface RedisSettings {
  /** redis://[user:password@]host:port[/db] */
  url: string
  /** Namespace of the channels, so that several deployments (or tests) can share a server. */
  prefix?: string
}

export function createRedisExtension(settings: RedisSettings): Extension {
  return new Redis({
    prefix: settings.prefix ?? 'growops-collab',
    createClient: () => new IORedis(settings.url),
  })
}
