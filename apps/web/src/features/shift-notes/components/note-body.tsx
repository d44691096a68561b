import { Fragment } from 'react'
import { Link } from 'react-router'
import { splitMentions, type Mention } from '../mention-parts.ts'

/** Where a mention leads: rooms have a page; other mentions are highlighted in place. */
function mentionHref(mention: Mention): string | null {
  return mention.kind === 'ROOM' ? `/rooms/${mention.targetId}` : null
}

/** A note's text with its mentions as links (rooms) or highlighted (plants, batches, people). */
export function NoteBody({ body, mentions }: { body: string; mentions: readonly Mention[] }) {
  return (
    <p className="note__body">
      {splitMentions(body, mentions).map((part, index) => {
        if (typeof part === 'string') return <Fragment key={index}>{part}</Fragment>
        const href = mentionHref(part.mention)
        return href ? (
          <Link key={index} to={href} className="mention">
            {part.text}
          </Link>
        ) : (
          <strong key={index} className="mention" data-kind={part.mention.kind}>
            {part.text}
          </strong>
        )
      })}
    </p>
  )
}
