import type { z } from 'zod'
import type { AlertKindSchema, AlertStatusSchema } from '../realtime/live-events.ts'

export type AlertStatus = z.infer<typeof AlertStatusSchema>
export type AlertKind = z.infer<typeof AlertKindSchema>
