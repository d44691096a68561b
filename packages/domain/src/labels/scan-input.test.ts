import { describe, expect, it } from 'vitest'
import { isDomainError } from '../errors/domain-error.ts'
import { encodeQrPayload } from './qr-payload.ts'
import { parseScanInput } from './scan-input.ts'

const TAG = '1A4010300000001000000042'
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e'

function codeOf(text: string): string {
  try {
    parseScanInput(text)
  } catch (error) {
    if (isDomainError(error)) return error.code
    throw error
  }
  throw new Error(`expected ${text} to be refused`)
}

describe('parseScanInput', () => {
  it('[QR7] reads a label link, with or without origin', () => {
    const link = encodeQrPayload({ kind: 'a', id: ID }, 'https://grow.example.com')
    expect(parseScanInput(link)).toEqual({
      source: 'qr',
      payload: { version: 1, kind: 'a', id: ID },
    })
    expect(parseScanInput(` /q/1/p/${TAG} `)).toEqual({
      source: 'qr',
      payload: { version: 1, kind: 'p', tag: TAG },
    })
  })

  it('[QR7] reads a typed tag: spaces and dashes dropped, upper-cased', () => {
    expect(parseScanInput(TAG)).toEqual({ source: 'tag', tag: TAG })
    expect(parseScanInput(' 1a40-1030 0000 0010 0000 0042 ')).toEqual({ source: 'tag', tag: TAG })
  })

  it('[QR7] reads a typed position address, normalized', () => {
    expect(parseScanInput(' main . grow1.veg-a.left.r3.c5.p1 ')).toEqual({
      source: 'address',
      address: 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1',
    })
    expect(parseScanInput('MAIN.DRY.DRY-A.RACK1.L2.H5.P1')).toEqual({
      source: 'address',
      address: 'MAIN.DRY.DRY-A.RACK1.L2.H5.P1',
    })
  })

  it('[QR7] refuses with the error that names the problem', () => {
    expect(codeOf('')).toBe('QR.INVALID')
    expect(codeOf('ABC123')).toBe('QR.INVALID')
    expect(codeOf('MAIN.GROW1.VEG-A')).toBe('ADDRESS.INCOMPLETE')
    expect(codeOf('MAIN.GROW1..LEFT.R3.C5.P1')).toBe('ADDRESS.INVALID_SEGMENT')
    expect(codeOf('/q/2/p/X')).toBe('QR.UNSUPPORTED_VERSION')
    expect(codeOf('https://grow.example.com/q/1/z/1')).toBe('QR.INVALID')
    expect(codeOf('x'.repeat(2000))).toBe('QR.INVALID')
  })
})
