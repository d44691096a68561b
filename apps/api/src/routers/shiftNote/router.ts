import { router } from '../../trpc/init.ts'
import { completeFollowUp } from './complete-follow-up.ts'
import { create } from './create-shift-note.ts'
import { acknowledgeHandoffRead, handoff } from './handoff.ts'
import { list } from './list-shift-notes.ts'

export const shiftNoteRouter = router({
  create,
  list,
  handoff,
  acknowledgeHandoff: acknowledgeHandoffRead,
  completeFollowUp,
})
