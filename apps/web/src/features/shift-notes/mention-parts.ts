// A note's text cut at its mentions, so they can be drawn as links.

export interface Mention {
  kind: string
  targetId: string
  /** The mention's text in the body, e.g. "MAIN.GROW1.VEG-A" or "B-001". */
  label: string
}

export type NotePart = string | { mention: Mention; text: string }

/** Splits `body` at the mentions' text, left to right (every occurrence; longer labels win). */
export function splitMentions(body: string, mentions: readonly Mention[]): NotePart[] {
  const labels = mentions
    .filter((mention) => mention.label.length > 0)
    .toSorted((a, b) => b.label.length - a.label.length)
  const parts: NotePart[] = []
  let rest = body
  while (rest.length > 0) {
    let best: { index: number; mention: Mention } | null = null
    for (const mention of labels) {
      const index = rest.indexOf(mention.label)
      if (index >= 0 && (best === null || index < best.index)) best = { index, mention }
    }
    if (!best) {
      parts.push(rest)
      break
    }
    if (best.index > 0) parts.push(rest.slice(0, best.index))
    parts.push({ mention: best.mention, text: best.mention.label })
    rest = rest.slice(best.index + best.mention.label.length)
  }
  return parts
}
