import { describe, expect, it } from 'vitest'
import { qrLinkCode, qrLinkTarget, visitorBadgePath } from './qr-link-target.ts'

const ROOM = '11111111-1111-4111-8111-111111111111'
const ID = '22222222-2222-4222-8222-222222222222'

describe('qr link targets', () => {
  it('a plant opens the scanner with the code; a batch its yield and weights', () => {
    const code = '/q/1/p/1A4010300000001000000042'
    expect(
      qrLinkTarget({ kind: 'p', plantId: ID, tag: 'X', address: null, roomId: null }, code),
    ).toBe('/scan?code=%2Fq%2F1%2Fp%2F1A4010300000001000000042')
    expect(qrLinkTarget({ kind: 'b', batchId: ID, name: 'B-1' }, '/q/1/b/x')).toBe(
      `/harvest?batch=${ID}`,
    )
  })

  it('a position opens its room with it selected; a section highlighted; a room its page', () => {
    expect(
      qrLinkTarget({ kind: 'a', positionId: ID, address: 'A', roomId: ROOM, sectionId: ID }, ''),
    ).toBe(`/rooms/${ROOM}?position=${ID}`)
    expect(qrLinkTarget({ kind: 's', sectionId: ID, address: 'A', roomId: ROOM }, '')).toBe(
      `/rooms/${ROOM}?section=${ID}`,
    )
    expect(qrLinkTarget({ kind: 'r', roomId: ROOM, address: 'A' }, '')).toBe(`/rooms/${ROOM}`)
  })

  it('a visitor badge opens its visit on the visitors page', () => {
    expect(visitorBadgePath('7K3M9Q2XHT')).toBe('/visitors/badge/7K3M9Q2XHT')
  })

  it('rebuilds the code from route parameters', () => {
    expect(qrLinkCode({ version: '1', kind: 'a', value: 'abc' })).toBe('/q/1/a/abc')
    expect(qrLinkCode({})).toBe('/q///')
  })
})
