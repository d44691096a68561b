// The audit packet's download link, built only from a query the api will accept (CDOC11).
import { AuditPacketQuerySchema } from '@growops/domain'

const AUDIT_PACKET_PATH = '/exports/audit-packet.zip'

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** The download link of a packet, or null when the range is not valid (CDOC11). */
export function auditPacketHref(query: {
  organizationId: string
  from: string
  to: string
  propertyId: string
}): string | null {
  const parsed = AuditPacketQuerySchema.safeParse({
    organizationId: query.organizationId,
    from: query.from,
    to: query.to,
    ...(query.propertyId ? { propertyId: query.propertyId } : {}),
  })
  if (!parsed.success) return null
  const params = new URLSearchParams({
    organizationId: parsed.data.organizationId,
    from: parsed.data.from,
    to: parsed.data.to,
    ...(parsed.data.propertyId ? { propertyId: parsed.data.propertyId } : {}),
  })
  return `${AUDIT_PACKET_PATH}?${params.toString()}`
}
