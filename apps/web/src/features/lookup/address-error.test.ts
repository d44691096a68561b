import { createI18n } from '@growops/ui'
import { safeParseAddressPrefix } from '@growops/domain'
import { describe, expect, it } from 'vitest'
import { resources } from '../../locales/resources.ts'
import { describeAddressProblem, missingSegmentIndex } from './address-error.ts'
import { pathForLocation } from './location-path.ts'

const en = createI18n({ resources, lng: 'en', syncDocumentLang: false })
const es = createI18n({ resources, lng: 'es', syncDocumentLang: false })

function problemOf(address: string, lng = en) {
  const parsed = safeParseAddressPrefix(address)
  if (parsed.success) throw new Error(`${address} parsed`)
  return describeAddressProblem(lng.t, parsed.error.code, parsed.error.details, address)
}

describe('describeAddressProblem', () => {
  it('names the wrong segment, what it should be and why', () => {
    expect(problemOf('MAIN.GROW1.VEG A')).toEqual({
      message: 'Segment 3 “VEG A” should be a room code, but it contains a space.',
      segmentIndex: 3,
    })
    expect(problemOf('MAIN.GROW1.VEG-A.LEFT.R0')?.message).toBe(
      'Segment 5 “R0” should be a row number R<n>, but it is zero (numbers start at 1).',
    )
  })

  it('speaks Spanish too', () => {
    expect(problemOf('MAIN..VEG-A', es)?.message).toBe(
      'El segmento 2 «» debería ser un código de edificio, pero está vacío.',
    )
  })

  it('explains an address the api could not find, segment by segment', () => {
    const details = { entity: 'Address', address: 'MAIN.GROW9', missing: 'building' }
    expect(describeAddressProblem(en.t, 'NOT_FOUND', details, 'MAIN.GROW9')).toEqual({
      message: 'Nothing in your facility matches segment 2 “GROW9” of MAIN.GROW9.',
      segmentIndex: 2,
    })
  })

  it('leaves other errors to the general message', () => {
    expect(describeAddressProblem(en.t, 'AUTH.FORBIDDEN', {}, 'MAIN')).toBeNull()
  })

  it.each([
    ['property', 1],
    ['rack level', 5],
    ['table row (this section is a rack: use L<n>.H<n>)', 5],
    ['cell', 6],
    ['something else', null],
  ])('missing %s → segment %s', (missing, index) => {
    expect(missingSegmentIndex(missing)).toBe(index)
  })
})

describe('pathForLocation', () => {
  it.each([
    [
      { level: 'position', propertyId: 'p', roomId: 'r', sectionId: 's', positionId: 'x' },
      '/rooms/r?position=x',
    ],
    [{ level: 'section', propertyId: 'p', roomId: 'r', sectionId: 's' }, '/rooms/r?section=s'],
    [{ level: 'room', propertyId: 'p', buildingId: 'b', roomId: 'r' }, '/rooms/r'],
    [{ level: 'building', propertyId: 'p', buildingId: 'b' }, '/facility?building=b'],
    [{ level: 'property', propertyId: 'p' }, '/facility?property=p'],
  ])('%j → %s', (found, path) => {
    expect(pathForLocation(found)).toBe(path)
  })
})
