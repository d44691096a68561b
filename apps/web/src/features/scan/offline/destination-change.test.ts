import { describe, expect, it } from 'vitest'
import { changeMoveDestination, relabelMove } from './destination-change.ts'

const move = { organizationId: 'o', plantId: 'p', toPositionId: 'old', reason: 'REORGANIZE' }

describe('changing a refused move’s destination', () => {
  it('[QR7] a typed address replaces the destination, to be resolved when sent', () => {
    const change = changeMoveDestination(move, ' main.grow1.veg-a.left.r3.c5.p1 ')
    expect(change).toEqual({
      ok: true,
      input: {
        organizationId: 'o',
        plantId: 'p',
        reason: 'REORGANIZE',
        toAddress: 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1',
      },
      shown: 'MAIN.GROW1.VEG-A.LEFT.R3.C5.P1',
    })
  })

  it('[QR1] a scanned position label gives the position id', () => {
    // 22-character base64url of 00000000-0000-4000-8000-000000000001.
    const change = changeMoveDestination(move, 'https://x.test/q/1/a/AAAAAAAAQACAAAAAAAAAAQ')
    expect(change).toMatchObject({
      ok: true,
      input: { toPositionId: '00000000-0000-4000-8000-000000000001' },
    })
    expect(change.ok && 'toAddress' in change.input).toBe(false)
  })

  it('refuses a plant tag or another label kind', () => {
    expect(changeMoveDestination(move, 'ABCDEFGHIJKLMNOPQRSTUVWX')).toEqual({
      ok: false,
      messageKey: 'scanQueue.edit.notAPosition',
    })
    expect(changeMoveDestination(move, '/q/1/r/AAAAAAAAQACAAAAAAAAAAQ')).toMatchObject({
      ok: false,
      messageKey: 'scanQueue.edit.notAPosition',
    })
  })

  it('[QR6] junk gets the parser’s error key', () => {
    expect(changeMoveDestination(move, '/q/9/a/x')).toEqual({
      ok: false,
      messageKey: 'errors.QR.UNSUPPORTED_VERSION',
    })
  })

  it('relabels the destination part of a move label', () => {
    expect(relabelMove('Move A1 → OLD.ADDR', 'NEW.ADDR')).toBe('Move A1 → NEW.ADDR')
    expect(relabelMove('Move A1', 'NEW.ADDR')).toBe('Move A1 → NEW.ADDR')
  })
})
