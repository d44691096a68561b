import { describe, expect, it } from 'vitest'
import {
  EditTimeEntryInputSchema,
  LaborExportQuerySchema,
  LaborReportInputSchema,
  SetWageRateInputSchema,
  StartBreakInputSchema,
  TimeEntryListInputSchema,
} from './labor.schema.ts'

const id = '00000000-0000-4000-8000-000000000001'

function firstIssue(result: {
  success: boolean
  error?: { issues: { path: PropertyKey[]; message: string }[] }
}) {
  const issue = result.error?.issues[0]
  return issue ? { path: issue.path.join('.'), message: issue.message } : null
}

describe('labor inputs', () => {
  it.each([
    ['', /at least 5/],
    ['oops', /at least 5/],
    ['    typo ', /at least 5/],
  ])('[LAB12] an edit with reason %j is refused', (reason, message) => {
    const result = EditTimeEntryInputSchema.safeParse({ timeEntryId: id, note: 'x', reason })
    expect(result.success).toBe(false)
    expect(firstIssue(result)?.path).toBe('reason')
    expect(firstIssue(result)?.message).toMatch(message)
  })

  it('[LAB12] an edit changes at least one field, and takes ISO times', () => {
    expect(
      firstIssue(
        EditTimeEntryInputSchema.safeParse({ timeEntryId: id, reason: 'forgot to clock out' }),
      ),
    ).toMatchObject({
      path: 'timeEntryId',
      message: 'Change at least one field.',
    })
    const parsed = EditTimeEntryInputSchema.parse({
      timeEntryId: id,
      clockOutAt: '2026-05-04T16:30:00-07:00',
      roomId: null,
      reason: '  forgot to clock out  ',
    })
    expect(parsed.clockOutAt).toEqual(new Date('2026-05-04T23:30:00Z'))
    expect(parsed.roomId).toBeNull()
    expect(parsed.reason).toBe('forgot to clock out')
  })

  it('[LAB12] a replaced break ends after it starts', () => {
    const result = EditTimeEntryInputSchema.safeParse({
      timeEntryId: id,
      breaks: [{ startedAt: '2026-05-04T12:30:00Z', endedAt: '2026-05-04T12:00:00Z', paid: false }],
      reason: 'lunch was earlier',
    })
    expect(firstIssue(result)).toMatchObject({ path: 'breaks.0.endedAt' })
  })

  it('[LAB1] a break is unpaid unless said otherwise', () => {
    expect(StartBreakInputSchema.parse({})).toEqual({ paid: false })
  })

  it.each([
    [{ hourlyCents: 2000, effectiveFrom: '2026-05-01' }, 'userId', /person or a role/],
    [
      { userId: id, role: 'STAFF', hourlyCents: 2000, effectiveFrom: '2026-05-01' },
      'userId',
      /person or a role/,
    ],
    [
      { role: 'STAFF', hourlyCents: 0, effectiveFrom: '2026-05-01' },
      'hourlyCents',
      /more than zero/,
    ],
    [
      { role: 'STAFF', hourlyCents: 18.5, effectiveFrom: '2026-05-01' },
      'hourlyCents',
      /whole cents/,
    ],
    [{ role: 'STAFF', hourlyCents: 100_001, effectiveFrom: '2026-05-01' }, 'hourlyCents', /1,000/],
    [
      { role: 'STAFF', hourlyCents: 2000, effectiveFrom: '05/01/2026' },
      'effectiveFrom',
      /2026-05-01/,
    ],
    [
      { role: 'STAFF', hourlyCents: 2000, effectiveFrom: '2026-05-01', timeZone: 'Mars/Olympus' },
      'timeZone',
      /IANA/,
    ],
  ])('[LAB14] wage rate %j is refused on %s', (input, path, message) => {
    const issue = firstIssue(SetWageRateInputSchema.safeParse(input))
    expect(issue?.path).toBe(path)
    expect(issue?.message).toMatch(message)
  })

  it('[LAB9] a report range is ordered and at most 400 days', () => {
    const base = { groupBy: 'person', from: '2026-05-01' }
    expect(LaborReportInputSchema.parse({ ...base, to: '2026-05-31' }).period).toBe('week')
    expect(
      firstIssue(LaborReportInputSchema.safeParse({ ...base, to: '2026-04-30' }))?.message,
    ).toMatch(/after/)
    expect(
      firstIssue(LaborReportInputSchema.safeParse({ ...base, to: '2027-06-05' }))?.message,
    ).toMatch(/400 days/)
    expect(
      firstIssue(LaborReportInputSchema.safeParse({ ...base, to: '2026-05-31', groupBy: 'team' }))
        ?.path,
    ).toBe('groupBy')
  })

  it('[LAB15] the export takes only its own parameters', () => {
    const query = { organizationId: id, groupBy: 'batch', from: '2026-01-01', to: '2026-12-31' }
    expect(LaborExportQuerySchema.parse(query)).toMatchObject({ period: 'week' })
    const extra = LaborExportQuerySchema.safeParse({ ...query, limit: '5' })
    expect(extra.success).toBe(false)
    expect(extra.error?.issues[0]?.code).toBe('unrecognized_keys')
  })

  it('entry lists refuse a reversed range', () => {
    expect(
      firstIssue(TimeEntryListInputSchema.safeParse({ from: '2026-05-02', to: '2026-05-01' }))
        ?.path,
    ).toBe('to')
  })
})
