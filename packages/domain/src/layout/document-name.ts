import { z } from 'zod'

const PREFIX = 'layout:'

const PropertyIdSchema = z.uuid()

/** The collaborative document of a property's canvas: `layout:<propertyId>`. */
export function layoutDocumentName(propertyId: string): string {
  return `${PREFIX}${PropertyIdSchema.parse(propertyId)}`
}

/**
 * The property a document name belongs to, or null for any name that is not exactly
 * `layout:<uuid>` (so a client cannot reach some other kind of document).
 */
export function parseLayoutDocumentName(documentName: string): { propertyId: string } | null {
  if (!documentName.startsWith(PREFIX)) return null
  const parsed = PropertyIdSchema.safeParse(documentName.slice(PREFIX.length))
  return parsed.success ? { propertyId: parsed.data } : null
}
