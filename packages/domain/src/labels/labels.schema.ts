import { z } from 'zod'
import { QR_PAYLOAD_MAX_LENGTH } from './qr-payload.ts'

/** Most plants one `label.forPlants` call prints. */
export const MAX_LABEL_PLANTS = 1000

export const LabelRoomInputSchema = z.object({ roomId: z.uuid() })
export type LabelRoomInput = z.infer<typeof LabelRoomInputSchema>

export const LabelSectionInputSchema = z.object({ sectionId: z.uuid() })
export type LabelSectionInput = z.infer<typeof LabelSectionInputSchema>

export const LabelBatchInputSchema = z.object({ batchId: z.uuid() })
export type LabelBatchInput = z.infer<typeof LabelBatchInputSchema>

export const LabelPlantsInputSchema = z.object({
  plantIds: z.array(z.uuid()).min(1).max(MAX_LABEL_PLANTS),
})
export type LabelPlantsInput = z.infer<typeof LabelPlantsInputSchema>

/** A scanned or opened label link to resolve to what it names (QR4 parses it on the server). */
export const LabelResolveInputSchema = z.object({
  code: z.string().min(1).max(QR_PAYLOAD_MAX_LENGTH),
})
export type LabelResolveInput = z.infer<typeof LabelResolveInputSchema>
