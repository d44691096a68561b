import { describe, expect, it } from 'vitest'
import { auditPacketHref, isoDay } from './audit-packet-href.ts'

const ORG = '6f1c1d8e-2a8b-4a55-9d6e-0c8f3e1b2a77'
const PROPERTY = '0b8e9d54-6a0f-4a3e-8a3b-0f3f3e6f4c11'

describe('auditPacketHref', () => {
  it('[CDOC11] builds the download link, with the property only when chosen', () => {
    expect(
      auditPacketHref({
        organizationId: ORG,
        from: '2026-03-01',
        to: '2026-03-31',
        propertyId: '',
      }),
    ).toBe(`/exports/audit-packet.zip?organizationId=${ORG}&from=2026-03-01&to=2026-03-31`)
    expect(
      auditPacketHref({
        organizationId: ORG,
        from: '2026-03-01',
        to: '2026-03-01',
        propertyId: PROPERTY,
      }),
    ).toBe(
      `/exports/audit-packet.zip?organizationId=${ORG}&from=2026-03-01&to=2026-03-01&propertyId=${PROPERTY}`,
    )
  })

  it('[CDOC11] gives no link for a range the api would refuse', () => {
    expect(
      auditPacketHref({
        organizationId: ORG,
        from: '2026-03-02',
        to: '2026-03-01',
        propertyId: '',
      }),
    ).toBeNull()
    expect(
      auditPacketHref({ organizationId: ORG, from: '', to: '2026-03-01', propertyId: '' }),
    ).toBeNull()
    expect(
      auditPacketHref({
        organizationId: ORG,
        from: '2020-01-01',
        to: '2026-03-01',
        propertyId: '',
      }),
    ).toBeNull()
  })

  it('writes a day as YYYY-MM-DD in UTC', () => {
    expect(isoDay(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-01')
  })
})
