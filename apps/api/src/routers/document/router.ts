import { router } from '../../trpc/init.ts'
import { ackStatus } from './ack-status.ts'
import { acknowledge } from './acknowledge.ts'
import { approve } from './approve.ts'
import { archive } from './archive.ts'
import { create } from './create-document.ts'
import { createVersion } from './create-version.ts'
import { get } from './get-document.ts'
import { list } from './list-documents.ts'
import { myPendingAcknowledgements } from './my-pending-acknowledgements.ts'
import { sendBack } from './send-back.ts'
import { submitForReview } from './submit-for-review.ts'
import { updateDraft } from './update-draft.ts'

/** Compliance documents (CDOC1–CDOC10). */
export const documentRouter = router({
  list,
  get,
  create,
  createVersion,
  updateDraft,
  submitForReview,
  approve,
  sendBack,
  archive,
  acknowledge,
  myPendingAcknowledgements,
  ackStatus,
})
