import { router } from '../../trpc/init.ts'
import { endBreak, startBreak } from './breaks.ts'
import { clockIn, clockInFor, clockOut, clockOutFor } from './clock.ts'
import { editEntry } from './edit-entry.ts'
import { entries, entryEdits, myEntries, myWeek, options, status } from './entries.ts'
import { report } from './report.ts'
import { setRate, wageRates } from './wage-rates.ts'

export const laborRouter = router({
  clockIn,
  clockOut,
  startBreak,
  endBreak,
  status,
  myWeek,
  myEntries,
  entries,
  entryEdits,
  options,
  editEntry,
  clockInFor,
  clockOutFor,
  wageRates,
  setRate,
  report,
})
