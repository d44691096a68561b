// The api's configuration: read and validated here only (lint bans process.env elsewhere).
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

/** `<repo>/.data/uploads`, wherever the process was started from. */
const DEFAULT_UPLOAD_DIR = fileURLToPath(new URL('../../../.data/uploads', import.meta.url))

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().min(1, 'DATABASE_URL is required (postgresql://…)'),
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Built web app to serve (apps/web/dist); unset = serve no static files. */
  WEB_DIST_DIR: z.string().optional(),
  /** "auto": Secure cookies everywhere but on localhost. */
  COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto'),
  /** Behind a load balancer: take the client address from X-Forwarded-For. */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  REDIS_URL: z.string().optional(),
  /** Directory of uploaded files (task photos, documents); default `<repo>/.data/uploads`. */
  UPLOAD_DIR: z.string().min(1).default(DEFAULT_UPLOAD_DIR),
  /** A sensor that has reported before and then sends nothing this long gets a SILENT alert. */
  SENSOR_SILENT_AFTER_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** Collab server's public WebSocket URL for the web app; defaults to same host, port 1234. */
  PUBLIC_COLLAB_URL: z.string().optional(),
  /**
   * The web app's public origin written into QR labels (https://grow.example.com); unset = the
   * origin each request came to (Host, and X-Forwarded-Proto behind a trusted proxy).
   */
  PUBLIC_APP_URL: z
    .url({ protocol: /^https?$/ })
    .transform((value) => new URL(value).origin)
    .optional(),
})

export type ApiEnv = z.infer<typeof EnvSchema>

/** Parses the environment, failing with one line per problem. */
export function readApiEnv(source: Record<string, string | undefined> = process.env): ApiEnv {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    )
    throw new Error(`Invalid api configuration:\n${problems.join('\n')}`)
  }
  return parsed.data
}
