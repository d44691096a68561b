import { z } from 'zod'
import { IdempotencyKeySchema } from '../plants/plants.schema.ts'

export const AuditWalkStartInputSchema = z.object({ roomId: z.uuid() })
export type AuditWalkStartInput = z.infer<typeof AuditWalkStartInputSchema>

/**
 * `auditWalk.scan`: what the camera read or the person typed (a position label or address, or
 * a plant label or tag) (WALK1). Keyed: phones replay scans made offline.
 */
export const AuditWalkScanInputSchema = z.object({
  walkId: z.uuid(),
  text: z.string().trim().min(1, 'Scan or type a label.').max(500, 'That is too long for a label.'),
  idempotencyKey: IdempotencyKeySchema,
})
export type AuditWalkScanInput = z.infer<typeof AuditWalkScanInputSchema>

export const AuditWalkIdInputSchema = z.object({ walkId: z.uuid() })
export type AuditWalkIdInput = z.infer<typeof AuditWalkIdInputSchema>

export const AuditWalkListInputSchema = z.object({
  roomId: z.uuid(),
  limit: z.int().min(1).max(100).default(20),
})
export type AuditWalkListInput = z.infer<typeof AuditWalkListInputSchema>
