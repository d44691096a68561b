import type { ReactNode } from 'react'
import { FieldError } from '../../live/components/field-error.tsx'

interface FieldProps {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  /** A translated message when the field was refused. */
  error?: string | null
  hint?: string
  /** `decimal` opens the number keypad on phones while still taking "2,5". */
  inputMode?: 'decimal' | 'text'
  type?: 'text' | 'date' | 'search'
  required?: boolean
  autoComplete?: string
  children?: ReactNode
}

/** A labelled text input with an optional hint and error, tied together for screen readers. */
export function Field({
  id,
  label,
  value,
  onChange,
  error = null,
  hint,
  inputMode = 'text',
  type = 'text',
  required = false,
  autoComplete = 'off',
}: FieldProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean)
  return (
    <div className="ui-field">
      <label className="ui-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type={type}
        className="ui-field__input"
        inputMode={inputMode}
        value={value}
        required={required}
        autoComplete={autoComplete}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described.length > 0 ? described.join(' ') : undefined}
      />
      {hint ? (
        <p id={`${id}-hint`} className="meta">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}
