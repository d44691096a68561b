import { Alert } from '@growops/ui'
import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { trpc, type RouterOutputs } from '../../../app/trpc.ts'
import { FieldError } from '../../live/components/field-error.tsx'
import { When } from '../../live/components/when.tsx'
import { insertMention } from '../task-format.ts'

type Comment = RouterOutputs['task']['get']['comments'][number]

function CommentForm({ taskId }: { taskId: string }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const id = useId()
  const utils = trpc.useUtils()
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const [body, setBody] = useState('')
  const [empty, setEmpty] = useState(false)
  const [unresolved, setUnresolved] = useState<string[]>([])
  const people = trpc.task.people.useQuery({ organizationId })
  const comment = trpc.task.comment.useMutation({
    onSuccess: (answer) => {
      setBody('')
      setUnresolved(answer.unresolved)
    },
    onSettled: () => utils.task.get.invalidate({ organizationId, taskId }),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    if (body.trim() === '') return setEmpty(true)
    setEmpty(false)
    if (!comment.isPending) comment.mutate({ organizationId, taskId, body })
  }

  function mention(email: string) {
    if (!email) return
    const at = bodyRef.current?.selectionStart ?? body.length
    setBody(insertMention(body, email, at))
    bodyRef.current?.focus()
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-body`}>
          {t('tasks.comments.body')}
        </label>
        <textarea
          ref={bodyRef}
          id={`${id}-body`}
          className="ui-field__input"
          rows={3}
          maxLength={2000}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          aria-invalid={empty ? true : undefined}
          aria-describedby={`${id}-hint${empty ? ` ${id}-error` : ''}`}
        />
        <p id={`${id}-hint`} className="meta">
          {t('tasks.comments.hint')}
        </p>
        <FieldError id={`${id}-error`} message={empty ? t('tasks.comments.errors.body') : null} />
      </div>
      <div className="form-row">
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-mention`}>
            {t('tasks.comments.mention')}
          </label>
          <select
            id={`${id}-mention`}
            className="ui-select"
            value=""
            onChange={(event) => mention(event.target.value)}
          >
            <option value="">{t('tasks.comments.mentionPick')}</option>
            {people.data?.map((person) => (
              <option key={person.id} value={person.email}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="row-actions">
        <button
          type="submit"
          className="ui-button ui-button--primary"
          aria-disabled={comment.isPending}
        >
          {comment.isPending ? t('tasks.comments.sending') : t('tasks.comments.send')}
        </button>
      </div>
      <Alert tone="info">
        {unresolved.length > 0
          ? t('tasks.comments.unresolved', { mentions: unresolved.join(', ') })
          : null}
      </Alert>
      <Alert>{comment.error ? translateApiError(i18n, comment.error) : null}</Alert>
    </form>
  )
}

/** The task's comments, oldest first, and a form to add one with @mentions (TASK11). */
export function TaskComments({
  taskId,
  comments,
  canComment,
}: {
  taskId: string
  comments: Comment[]
  canComment: boolean
}) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id} className="card__heading">
        {t('tasks.comments.heading')}
      </h2>
      {comments.length === 0 ? (
        <p className="muted">{t('tasks.comments.empty')}</p>
      ) : (
        <ul className="task-comments">
          {comments.map((comment) => (
            <li key={comment.id} className="task-comment" data-testid="task-comment">
              <p className="meta">
                <strong>{comment.author.name}</strong> · <When iso={comment.createdAt} />
              </p>
              <p className="task-comment__body">{comment.body}</p>
              {comment.mentions.length > 0 ? (
                <p className="meta">
                  {t('tasks.comments.mentioned', {
                    names: comment.mentions.map((person) => person.name).join(', '),
                  })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canComment ? <CommentForm taskId={taskId} /> : null}
    </section>
  )
}
