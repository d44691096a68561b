import { COMMENT_TEXT_MAX } from '@growops/domain'
import { useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { checkCommentText, type CommentTextProblem } from './comments-model.ts'

export interface CommentTextFormProps {
  label: string
  submitLabel: string
  /** Posts the text; answers the problem when it cannot be posted. */
  onSubmit: (text: string) => CommentTextProblem | null
  autoFocus?: boolean
  /** Extra buttons after the submit button (e.g. Cancel). */
  children?: ReactNode
}

/** A labelled text box with a submit button, for first posts and replies. */
export function CommentTextForm(props: CommentTextFormProps) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<CommentTextProblem | null>(null)
  const fieldId = useId()
  const errorId = useId()

  return (
    <form
      className="comment-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        const found = checkCommentText(text) ?? props.onSubmit(text)
        setProblem(found)
        if (!found) setText('')
      }}
    >
      <label className="ui-field__label" htmlFor={fieldId}>
        {props.label}
      </label>
      <textarea
        id={fieldId}
        className="ui-field__input"
        value={text}
        maxLength={COMMENT_TEXT_MAX + 100}
        // The panel opens the form for a comment just asked for: focus belongs in it.
        autoFocus={props.autoFocus}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => {
          setText(event.target.value)
          if (problem) setProblem(null)
        }}
      />
      {problem ? (
        <p id={errorId} className="ui-field__error">
          {t(`layoutCollab.comments.problems.${problem}`, { max: COMMENT_TEXT_MAX })}
        </p>
      ) : null}
      <div className="comments-panel__actions">
        <button type="submit" className="ui-button ui-button--primary">
          {props.submitLabel}
        </button>
        {props.children}
      </div>
    </form>
  )
}
