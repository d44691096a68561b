import { describe, expect, it } from 'vitest'
import { localDayWindow, visitorNameKey } from './visitor-day.ts'
import {
  CheckInInputSchema,
  KioskCheckInInputSchema,
  KioskTokenSchema,
  PreRegisterInputSchema,
  VisitListInputSchema,
  VisitRefInputSchema,
  ZoneCreateInputSchema,
  ZoneUpdateInputSchema,
} from './visitors.schema.ts'
import { SAFETY_AGREEMENT_TEXT, safetyAgreementText } from './safety-agreement.ts'

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e'
const ID2 = '1f8fad5b-d9cb-469f-a165-70867728950e'
const TOKEN = `gk_${'A'.repeat(43)}`

function fieldsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'))
}

const kioskCheckIn = {
  token: TOKEN,
  visitorName: 'Dana Inspector',
  company: 'DCC',
  purpose: 'Annual inspection',
  hostId: ID,
  zoneIds: [ID2],
  idChecked: true,
  safetyAgreementAccepted: true,
  safetyAgreementSha: 'a'.repeat(64),
}

describe('check-in acknowledgements', () => {
  it('[VIS5] the kiosk check-in needs the ID acknowledgement and the agreement, both true', () => {
    expect(KioskCheckInInputSchema.safeParse(kioskCheckIn).success).toBe(true)
    for (const [field, value] of [
      ['idChecked', false],
      ['idChecked', undefined],
      ['safetyAgreementAccepted', false],
      ['safetyAgreementAccepted', 'true'],
    ] as const) {
      const result = KioskCheckInInputSchema.safeParse({ ...kioskCheckIn, [field]: value })
      expect(fieldsOf(result)).toEqual([field])
    }
  })

  it('[VIS5] reception check-in needs both too; the agreement language defaults to English', () => {
    const parsed = CheckInInputSchema.parse({
      visitId: ID,
      idChecked: true,
      safetyAgreementAccepted: true,
    })
    expect(parsed.agreementLocale).toBe('en')
    expect(
      fieldsOf(
        CheckInInputSchema.safeParse({ visitId: ID, idChecked: false, safetyAgreementAccepted: 1 }),
      ).sort(),
    ).toEqual(['idChecked', 'safetyAgreementAccepted'])
  })

  it('[VIS5] a walk-in names a host, a purpose, a name and at least one zone', () => {
    const result = KioskCheckInInputSchema.safeParse({
      ...kioskCheckIn,
      visitorName: '  ',
      purpose: '',
      hostId: 'someone',
      zoneIds: [],
      safetyAgreementSha: 'nope',
    })
    expect(fieldsOf(result).sort()).toEqual(
      ['hostId', 'purpose', 'safetyAgreementSha', 'visitorName', 'zoneIds'].sort(),
    )
  })

  it('[VIS5] the agreement is written in English and Spanish; other languages read English', () => {
    expect(SAFETY_AGREEMENT_TEXT.en).toMatch(/escort/)
    expect(SAFETY_AGREEMENT_TEXT.es).toMatch(/acompañante/)
    expect(safetyAgreementText('es')).toBe(SAFETY_AGREEMENT_TEXT.es)
    expect(safetyAgreementText('fr')).toBe(SAFETY_AGREEMENT_TEXT.en)
  })
})

describe('pre-registration', () => {
  it('[VIS5] blank optional fields are left out; a zone named twice is refused', () => {
    const parsed = PreRegisterInputSchema.parse({
      propertyId: ID,
      visitorName: ' Dana ',
      company: '',
      email: '',
      phone: ' ',
      purpose: 'Audit',
      zoneIds: [ID2],
      expectedAt: '2026-05-01T09:00:00Z',
    })
    expect(parsed).toMatchObject({ visitorName: 'Dana', company: undefined, email: undefined })
    expect(parsed.phone).toBeUndefined()
    expect(parsed.expectedAt).toEqual(new Date('2026-05-01T09:00:00Z'))
    const twice = PreRegisterInputSchema.safeParse({
      propertyId: ID,
      visitorName: 'Dana',
      purpose: 'Audit',
      zoneIds: [ID2, ID2],
      expectedAt: '2026-05-01T09:00:00Z',
    })
    expect(fieldsOf(twice)).toEqual(['zoneIds'])
  })
})

describe('zones', () => {
  it('[VIS8] a zone code is upper-cased and checked; capacity at least 1 or none', () => {
    const zone = ZoneCreateInputSchema.parse({ propertyId: ID, code: ' lobby ', name: 'Lobby' })
    expect(zone).toEqual({
      propertyId: ID,
      code: 'LOBBY',
      name: 'Lobby',
      capacity: null,
      escortRequired: true,
      roomIds: [],
    })
    for (const bad of [
      { code: 'LOBBY 1' },
      { code: '' },
      { code: 'X'.repeat(17) },
      { capacity: 0 },
      { capacity: 1.5 },
      { roomIds: [ID, ID] },
    ]) {
      const result = ZoneCreateInputSchema.safeParse({
        propertyId: ID,
        code: 'LOBBY',
        name: 'Lobby',
        ...bad,
      })
      expect(result.success, JSON.stringify(bad)).toBe(false)
    }
  })

  it('[VIS8] an update changes only what it names; null capacity removes the limit', () => {
    expect(ZoneUpdateInputSchema.parse({ zoneId: ID, capacity: null })).toEqual({
      zoneId: ID,
      capacity: null,
    })
  })
})

describe('lookups', () => {
  it('[VIS1] a visit is named by id or badge code, exactly one', () => {
    expect(VisitRefInputSchema.parse({ badgeCode: '7k3m9-q2xht' })).toEqual({
      badgeCode: '7K3M9Q2XHT',
    })
    expect(VisitRefInputSchema.safeParse({}).success).toBe(false)
    expect(VisitRefInputSchema.safeParse({ visitId: ID, badgeCode: '7K3M9Q2XHT' }).success).toBe(
      false,
    )
  })

  it('[VIS9] a kiosk token is gk_ and 43 base64url characters', () => {
    expect(KioskTokenSchema.safeParse(TOKEN).success).toBe(true)
    for (const bad of ['', 'gk_short', `xx_${'A'.repeat(43)}`, `gk_${'A'.repeat(42)}=`]) {
      expect(KioskTokenSchema.safeParse(bad).success).toBe(false)
    }
  })

  it('[VIS10] history ranges are ordered', () => {
    expect(
      VisitListInputSchema.safeParse({
        propertyId: ID,
        view: 'history',
        from: '2026-05-02',
        to: '2026-05-01',
      }).success,
    ).toBe(false)
  })
})

describe('expected today', () => {
  it.each([
    [
      '2026-05-01T12:00:00Z',
      'UTC',
      '2026-05-01',
      '2026-05-01T00:00:00.000Z',
      '2026-05-02T00:00:00.000Z',
    ],
    // 03:00 UTC is still the evening before in Los Angeles (UTC-7 in May).
    [
      '2026-05-02T03:00:00Z',
      'America/Los_Angeles',
      '2026-05-01',
      '2026-05-01T07:00:00.000Z',
      '2026-05-02T07:00:00.000Z',
    ],
    // The day daylight saving starts in Madrid is 23 hours long.
    [
      '2026-03-29T12:00:00Z',
      'Europe/Madrid',
      '2026-03-29',
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
    ],
  ] as const)('[VIS10] %s in %s is the day %s', (instant, zone, date, start, end) => {
    const window = localDayWindow(new Date(instant), zone)
    expect(window.date).toBe(date)
    expect(window.start.toISOString()).toBe(start)
    expect(window.end.toISOString()).toBe(end)
  })

  it.each([
    ['José  Núñez', 'jose nunez'],
    [' DANA INSPECTOR ', 'dana inspector'],
    ['Smith, J.', 'smith j'],
  ])('[VIS11] %j is compared as %j', (typed, key) => {
    expect(visitorNameKey(typed)).toBe(key)
  })
})
