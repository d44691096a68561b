import { describe, expect, it } from 'vitest'
import { entrySpanProblem } from './entry-span.ts'

const at = (time: string) => Date.parse(`2026-05-04T${time}:00Z`)
const now = at('18:00')

function span(clockIn: string, clockOut: string | null, breaks: [string, string | null][] = []) {
  return {
    clockInAt: at(clockIn),
    clockOutAt: clockOut === null ? null : at(clockOut),
    breaks: breaks.map(([start, end]) => ({
      startedAt: at(start),
      endedAt: end === null ? null : at(end),
      paid: false,
    })),
  }
}

describe('entry span', () => {
  it.each([
    ['a closed day with lunch', span('08:00', '16:30', [['12:00', '12:30']]), null],
    ['an open entry on break', span('08:00', null, [['17:30', null]]), null],
    ['clock-out before clock-in', span('08:00', '07:00'), /after clock-in/],
    ['clock-out equal to clock-in', span('08:00', '08:00'), /after clock-in/],
    ['clock-in in the future', span('19:00', null), /future/],
    ['clock-out in the future', span('08:00', '19:00'), /future/],
    ['a break before clock-in', span('08:00', '16:00', [['07:30', '08:30']]), /between/],
    ['a break after clock-out', span('08:00', '16:00', [['15:30', '16:30']]), /between/],
    [
      'overlapping breaks',
      span('08:00', '16:00', [
        ['12:00', '12:30'],
        ['12:15', '12:45'],
      ]),
      /overlap/,
    ],
    ['an open break of a closed entry', span('08:00', '16:00', [['12:00', null]]), /end/],
  ])('[LAB12] %s', (_label, entry, problem) => {
    const answer = entrySpanProblem(entry, now)
    if (problem === null) expect(answer).toBeNull()
    else expect(answer).toMatch(problem)
  })

  it('[LAB12] allows a minute of clock skew', () => {
    expect(entrySpanProblem(span('08:00', null), at('07:59'))).toBeNull()
    expect(entrySpanProblem(span('08:00', null), at('07:58'))).toMatch(/future/)
  })
})
