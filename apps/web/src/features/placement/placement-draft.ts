import { generateTagSequence, parseTagList } from './tag-sequence.ts'

/** What the placement form holds between steps. */
export interface PlacementDraft {
  startTag: string
  /** The tag list as typed; used once `edited`, otherwise tags follow the starting tag. */
  tagsText: string
  edited: boolean
}

/** The tags the draft stands for: typed ones, or `count` counted up from the starting tag. */
export function draftTags(draft: PlacementDraft, count: number) {
  if (draft.edited) return { tags: parseTagList(draft.tagsText), problem: null }
  if (!draft.startTag.trim() || count === 0) return { tags: [], problem: null }
  const sequence = generateTagSequence(draft.startTag, count)
  return sequence.ok
    ? { tags: sequence.tags, problem: null }
    : { tags: [], problem: sequence.problem }
}
