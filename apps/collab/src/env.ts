// The collab server's configuration: read and validated here only.
import { z } from 'zod'

const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1, 'DATABASE_URL is required (postgresql://…)'),
  COLLAB_HOST: z.string().default('127.0.0.1'),
  COLLAB_PORT: z.coerce.number().int().min(0).max(65535).default(1234),
  REDIS_URL: z.string().optional(),
})

export type CollabEnv = z.infer<typeof EnvSchema>

export function readCollabEnv(source: Record<string, string | undefined> = process.env): CollabEnv {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    )
    throw new Error(`Invalid collab configuration:\n${problems.join('\n')}`)
  }
  return parsed.data
}
