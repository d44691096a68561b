import { encodeQrPayload } from '@growops/domain'
import { describe, expect, it } from 'vitest'
import { describeTarget, readScan } from './scan-target.ts'

const TAG = '1A4FF0100000000000000042'
const ID = '3f2a1c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b'
const ORIGIN = 'https://grow.example.com'

describe('readScan', () => {
  it('reads a plant label link as the plant tag', () => {
    const read = readScan(encodeQrPayload({ kind: 'p', tag: TAG }, ORIGIN))
    expect(read).toMatchObject({ ok: true, target: { kind: 'plant', tag: TAG } })
  })

  it.each([
    ['a', 'position'],
    ['s', 'section'],
    ['r', 'room'],
    ['b', 'batch'],
  ] as const)('reads a %s label link as a %s with its row id', (kind, expected) => {
    const read = readScan(encodeQrPayload({ kind, id: ID }, ORIGIN))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.target.kind).toBe(expected)
    expect('id' in read.target ? read.target.id : null).toBe(ID)
  })

  it('reads a typed tag with spaces and lower case as the tag', () => {
    const read = readScan(' 1a4ff-0100 0000 0000 0000 042 ')
    expect(read).toMatchObject({ ok: true, target: { kind: 'plant', tag: TAG } })
  })

  it('reads a typed address as a position by address', () => {
    const read = readScan('main.grow1.veg-a.left.r3.c5.p1')
    expect(read).toMatchObject({
      ok: true,
      target: { kind: 'position', id: null, address: 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1' },
    })
  })

  it('refuses junk with the domain error code instead of throwing', () => {
    const read = readScan('hello')
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.error.code).toBe('QR.INVALID')
  })

  it('refuses a label of a newer format version', () => {
    const read = readScan(`${ORIGIN}/q/2/p/${TAG}`)
    expect(read).toMatchObject({ ok: false, error: { code: 'QR.UNSUPPORTED_VERSION' } })
  })

  it('names the wrong segment of a typed address', () => {
    const read = readScan('MAIN.GROW1.VEG A.LEFT.R3.C5.P1')
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.error.code.startsWith('ADDRESS.')).toBe(true)
  })

  it('describes targets by tag or address', () => {
    expect(describeTarget({ kind: 'plant', tag: TAG })).toBe(TAG)
    expect(describeTarget({ kind: 'position', id: null, address: 'A.B.C.D.R1.C1' })).toBe(
      'A.B.C.D.R1.C1',
    )
  })
})
