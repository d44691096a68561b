// Live validation: the canvas's records checked by the same rules as publish, a moment
// after each change; offending shapes get a red outline, the issues go to the panel.
import { validateLayoutRecords, type LayoutIssue } from '@growops/domain'
import { useEffect, useState } from 'react'
import type { Editor } from 'tldraw'
import { canvasOverlays } from '../canvas/overlay-state.ts'

const DEBOUNCE_MS = 150

/** Shape id → how many issues name it. */
export function issueCounts(issues: readonly LayoutIssue[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const issue of issues)
    for (const id of issue.shapeIds) counts.set(id, (counts.get(id) ?? 0) + 1)
  return counts
}

export function useLayoutIssues(editor: Editor | null): LayoutIssue[] {
  const [issues, setIssues] = useState<LayoutIssue[]>([])
  useEffect(() => {
    if (!editor) return
    let timer: ReturnType<typeof setTimeout> | null = null
    const run = () => {
      timer = null
      const next = validateLayoutRecords(
        editor.store.allRecords().filter((r) => r.typeName === 'shape'),
      )
      canvasOverlays(editor).issueShapeIds.set(issueCounts(next))
      setIssues(next)
    }
    run()
    const stop = editor.store.listen(
      () => {
        if (timer === null) timer = setTimeout(run, DEBOUNCE_MS)
      },
      { scope: 'document' },
    )
    return () => {
      stop()
      if (timer !== null) clearTimeout(timer)
    }
  }, [editor])
  return issues
}
