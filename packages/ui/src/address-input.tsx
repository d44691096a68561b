import { useId, type InputHTMLAttributes, type Ref } from 'react'

export interface AddressInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby' | 'type'
> {
  /** Translated label, the input's accessible name. */
  label: string
  value: string
  onChange: (value: string) => void
  /** Translated hint under the field (an example address). */
  hint?: string
  /** Translated error; marks the field invalid and is linked to it. */
  error?: string | null
  /**
   * 1-based index of the wrong segment: the address is shown under the field with that
   * segment marked, so people see where the problem is.
   */
  invalidSegment?: { index: number; address: string } | null
  hideLabel?: boolean
  ref?: Ref<HTMLInputElement>
}

/** A text field for typed, pasted or scanned plant addresses (MAIN.GROW1.VEG-A.LEFT.R3.C5). */
export function AddressInput({
  label,
  value,
  onChange,
  hint,
  error,
  invalidSegment,
  hideLabel = false,
  ref,
  ...inputProps
}: AddressInputProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ')
  const segments = invalidSegment ? invalidSegment.address.split('.') : null
  return (
    <div className="ui-field ui-address-input">
      <label className={hideLabel ? 'ui-visually-hidden' : 'ui-field__label'} htmlFor={id}>
        {label}
      </label>
      <input
        {...inputProps}
        ref={ref}
        id={id}
        type="text"
        className="ui-field__input ui-address-input__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoCapitalize="characters"
        autoCorrect="off"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {hint ? (
        <p id={hintId} className="ui-address-input__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <div id={errorId} className="ui-field__error">
          <p className="ui-address-input__error-text">{error}</p>
          {segments ? (
            <p className="ui-address-input__segments" aria-hidden="true">
              {segments.map((segment, index) => (
                <span key={index}>
                  {index > 0 ? '.' : null}
                  {index + 1 === invalidSegment?.index ? (
                    <mark className="ui-address-input__bad">{segment || '\u00a0'}</mark>
                  ) : (
                    segment
                  )}
                </span>
              ))}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
